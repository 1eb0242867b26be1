import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../src/analysis/schema.js';
import { speakerForRole } from '../../src/answer/role-speaker.js';

const speaker = (name: string, role: string | null, aliases: string[] = [], quotes = 1): Speaker => ({ name, role, aliases, quotes });
const speakers = [
  speaker('Mike Rourke', 'Ohio Governor', ['Ohio Gov. Mike Rourke', 'Rourke']),
  speaker('Andre Pryce', null, ['Lt. Gov. Andre Pryce']),
  speaker('Rita Gomez', 'Comets coach', [], 2),
  speaker('Phil Adair', 'Titans coach', ['Adair'], 1),
  speaker('Lorna Blake', 'Its chief executive'),
];

describe('the speaker a role stands for', () => {
  it('finds the speaker whose role or name holds the role noun: "the governor", "the chief executive"', () => {
    expect(speakerForRole('the governor', speakers)?.name).toBe('Mike Rourke');
    expect(speakerForRole("the hospice's chief executive", speakers)?.name).toBe('Lorna Blake');
  });

  it('reads an abbreviated title in a name as its role: "the lieutenant governor" is "Lt. Gov. Andre Pryce"', () => {
    expect(speakerForRole('the lieutenant governor', speakers)?.name).toBe('Andre Pryce');
  });

  it('prefers the speaker holding more of the phrase: "the Titans coach" over the coach quoted more', () => {
    expect(speakerForRole('the Titans coach', speakers)?.name).toBe('Phil Adair');
    expect(speakerForRole('the coach', speakers)?.name).toBe('Rita Gomez');
  });

  it('finds no one for a phrase that names no role, or a role nobody holds', () => {
    expect(speakerForRole('Rourke', speakers)).toBeNull();
    expect(speakerForRole('the company', speakers)).toBeNull();
    expect(speakerForRole('the mayor', speakers)).toBeNull();
  });
});
