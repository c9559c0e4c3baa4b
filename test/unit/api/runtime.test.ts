// SOURCE_MAPPED_STACKS: its default follows NODE_ENV, an explicit value wins, and the server applies it to the process.
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { applyStackTraceSetting } from '../../../src/runtime.js';

const before = process.sourceMapsEnabled;
afterEach(() => process.setSourceMapsEnabled(before));

describe('SOURCE_MAPPED_STACKS', () => {
  it('is on by default, except in production', () => {
    expect(loadConfig({}).SOURCE_MAPPED_STACKS).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).SOURCE_MAPPED_STACKS).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).SOURCE_MAPPED_STACKS).toBe(false);
  });

  it('takes an explicit value over the default', () => {
    expect(loadConfig({ NODE_ENV: 'production', SOURCE_MAPPED_STACKS: 'true' }).SOURCE_MAPPED_STACKS).toBe(true);
    expect(loadConfig({ SOURCE_MAPPED_STACKS: 'false' }).SOURCE_MAPPED_STACKS).toBe(false);
  });

  it('refuses other values, saying which setting is wrong', () => {
    expect(() => loadConfig({ SOURCE_MAPPED_STACKS: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ SOURCE_MAPPED_STACKS: 'yes' })).toThrow(/SOURCE_MAPPED_STACKS/);
  });

  it('turns source-mapped stack traces off and on for the process', () => {
    applyStackTraceSetting(loadConfig({ NODE_ENV: 'production' }));
    expect(process.sourceMapsEnabled).toBe(false);
    applyStackTraceSetting(loadConfig({ NODE_ENV: 'development' }));
    expect(process.sourceMapsEnabled).toBe(true);
  });
});
