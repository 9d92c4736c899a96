/** The one integration point with the transform layer: builds the Transformer for the pseudonymise step. */
import { ConfigError } from '../core/errors.js';
import type { Transformer } from '../transform/types.js';
import type { BuildContext } from './context.js';

export function createBuildTransformer(_policy: Record<string, unknown>, _ctx: BuildContext): Transformer {
  throw new ConfigError('PSEUDONYMISE_UNAVAILABLE', 'pseudonymise: the transform layer is not available in this build of tamis');
}
