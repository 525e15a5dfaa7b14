// Lints our page scripts (src/main/resources/js): ES2017 in the browser, one global of our own (JourneyMaps)
// and AUI's AJS; `npm run lint` runs it, and so does `mvn verify`.
'use strict';

const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
    js.configs.recommended,
    {
        files: ['src/main/resources/js/**/*.js'],
        languageOptions: {
            ecmaVersion: 2017,
            sourceType: 'script',
            globals: {...globals.browser, AJS: 'readonly'}
        },
        rules: {
            // `catch (ignored)` names what we deliberately drop
            'no-unused-vars': ['error', {caughtErrors: 'none'}]
        }
    }
];
