import { comingSoon } from '../shared/coming-soon.js';

export function render(main) {
  comingSoon(main, 'juror');
}
