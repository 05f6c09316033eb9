export declare const y: any;
