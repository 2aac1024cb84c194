import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fr } from '../lib/extension/i18n/panel/fr';
import { publishPanelWords } from '../lib/extension/i18n/panel/slot';

// Injected by the background beside the lens (or when the lens asks): the panel's and the chips' words in
// this language, left where the lens finds them, so the lens carries no language of its own.
export default defineUnlistedScript(() => publishPanelWords('fr', fr));
