export declare const x: any;
