export declare const CHROMIUM: string;
export declare function extensionArgs(dir: string): string[];
export declare function loopbackOnlyArgs(): string[];
