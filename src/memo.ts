/**
 * `compute`, remembered per key. Past `limit` keys the memory starts afresh, so an open-ended vocabulary (every
 * new question brings words) cannot grow it forever.
 */
export function boundedMemo<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const remembered = new Map<string, V>();
  return (key) => {
    let value = remembered.get(key);
    if (value === undefined) {
      if (remembered.size >= limit) remembered.clear();
      value = compute(key);
      remembered.set(key, value);
    }
    return value;
  };
}
