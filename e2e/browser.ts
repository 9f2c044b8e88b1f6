import type { LaunchOptions } from '@playwright/test';

// Debian's Chromium: no browser downloads on this machine, and no background traffic (there is no internet).
// Shared by playwright.config.ts and the specs that launch it with another environment (fonts.spec.ts).
export const launchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};
