/** Publications the catalogue cites more than once. */
import type { Source } from './types.js';

export const METHODOLOGY: Source = {
  title: 'Footprint methodology (docs/METHODOLOGY.md), section 6: reference hardware DGX H100',
  url: 'docs/METHODOLOGY.md',
  year: 2025,
};
