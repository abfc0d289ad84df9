import type { Browser } from 'puppeteer-core';
export declare const FIREFOX: string;
export declare const GECKO_ID: string;
export declare const EXTENSION_UUID: string;
export declare function launchFirefox(dir: string, downloadDir?: string): Promise<{ browser: Browser; id: string; downloadDir: string }>;
