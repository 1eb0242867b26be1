import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { inviteUrl, permissionInteger } from '../../src/discord/invite.js';

describe('the invite link', () => {
  it('asks for the bot and applications.commands scopes and the permissions the bot uses', () => {
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe('309237730304');
  });

  it('never asks for Mention Everyone or administrator rights', () => {
    expect(permissionInteger() & PermissionFlagsBits.MentionEveryone).toBe(0n);
    expect(permissionInteger() & PermissionFlagsBits.Administrator).toBe(0n);
    expect(permissionInteger() & PermissionFlagsBits.CreatePublicThreads).not.toBe(0n);
  });
});
