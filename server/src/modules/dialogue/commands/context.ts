import type { Config } from '../../../platform/config.js';
import type { Ctx } from '../access.js';
import type { DialogueSettings } from '../settings.js';

/** What every dialogue command needs besides the database: who, when, and the rules in force. */
export type DialogueCtx = Ctx & { settings: DialogueSettings; config: Pick<Config, 'publicUrl'> };
