import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/**
 * What the bot needs in a channel: see it, read its history (for follow-ups), post answers with embeds and
 * links, open public threads and post in them. Never Mention Everyone: nothing it sends should ping.
 */
export const BOT_PERMISSIONS = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.CreatePublicThreads,
  PermissionFlagsBits.SendMessagesInThreads,
] as const;

/** The permission integer of an invite link. */
export function permissionInteger(): bigint {
  return PermissionsBitField.resolve([...BOT_PERMISSIONS]);
}

/** The link that adds the bot to a server with its slash commands and the permissions above. */
export function inviteUrl(clientId: string): string {
  const query = new URLSearchParams({
    client_id: clientId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: permissionInteger().toString(),
  });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}
