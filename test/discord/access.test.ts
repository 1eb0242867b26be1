import { describe, expect, it } from 'vitest';
import { isAllowed } from '../../src/discord/access.js';

const place = { guildId: '111111', channelId: '222222', parentId: null };

describe('isAllowed', () => {
  it('allows everything when no allow-list is set', () => {
    expect(isAllowed({ allowedGuildIds: [], allowedChannelIds: [] }, place)).toBe(true);
    expect(isAllowed({ allowedGuildIds: [], allowedChannelIds: [] }, { ...place, guildId: null })).toBe(true);
  });

  it('allows only the listed guilds, and no direct messages, with a guild list', () => {
    const config = { allowedGuildIds: ['111111'], allowedChannelIds: [] };
    expect(isAllowed(config, place)).toBe(true);
    expect(isAllowed(config, { ...place, guildId: '999999' })).toBe(false);
    expect(isAllowed(config, { ...place, guildId: null })).toBe(false);
  });

  it('allows the listed channels and the threads in them, with a channel list', () => {
    const config = { allowedGuildIds: [], allowedChannelIds: ['222222'] };
    expect(isAllowed(config, place)).toBe(true);
    expect(isAllowed(config, { ...place, channelId: '333333', parentId: '222222' })).toBe(true);
    expect(isAllowed(config, { ...place, channelId: '333333' })).toBe(false);
  });
});
