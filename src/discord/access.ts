import type { DiscordConfig } from '../config.js';

export interface Place {
  /** Null in direct messages. */
  guildId: string | null;
  channelId: string;
  /** The channel a thread belongs to, so allowing a channel allows its threads. */
  parentId: string | null;
}

/**
 * The optional allow-lists of the config: with a guild list, only those servers (and no direct messages);
 * with a channel list, only those channels and their threads. Empty lists allow everything.
 */
export function isAllowed(config: Pick<DiscordConfig, 'allowedGuildIds' | 'allowedChannelIds'>, place: Place): boolean {
  const { allowedGuildIds, allowedChannelIds } = config;
  if (allowedGuildIds.length > 0 && (place.guildId === null || !allowedGuildIds.includes(place.guildId))) return false;
  if (allowedChannelIds.length > 0) {
    return allowedChannelIds.includes(place.channelId) || (place.parentId !== null && allowedChannelIds.includes(place.parentId));
  }
  return true;
}
