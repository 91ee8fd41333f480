/**
 * Generated from Mera's OpenAPI document by openapi-typescript. Do not edit by hand:
 * run `pnpm --filter @mera/api generate:client` after changing a route's schema.
 */
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database is reachable and every migration is applied */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API's name, version and environment */
        get: operations["getMeta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FieldError: {
            /** @description Where the value was: `body.eik`, `query.page`, `params.id`. */
            field: string;
            /** @description The rule it broke: `required`, `pattern`, `maxLength`, `eik_checksum`, … */
            rule: string;
            /** @description What is wrong, in the user's language. */
            message: string;
        };
        Problem: {
            /** @description A URI naming the kind of problem. */
            type: string;
            /** @description A short, human summary in the user's language. */
            title: string;
            status: number;
            /** @description Stable, machine-readable code, e.g. `validation_failed`. */
            code: string;
            detail?: string;
            /** @description The request path. */
            instance?: string;
            /** @description Quote it when reporting a problem; it is on every log line. */
            requestId?: string;
            /** @description One entry per failing field. */
            errors?: {
                /** @description Where the value was: `body.eik`, `query.page`, `params.id`. */
                field: string;
                /** @description The rule it broke: `required`, `pattern`, `maxLength`, `eik_checksum`, … */
                rule: string;
                /** @description What is wrong, in the user's language. */
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        checks: {
                            /** @enum {string} */
                            database: "ok";
                            /** @enum {string} */
                            migrations: "current";
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A URI naming the kind of problem. */
                        type: string;
                        /** @description A short, human summary in the user's language. */
                        title: string;
                        status: number;
                        /** @description Stable, machine-readable code, e.g. `validation_failed`. */
                        code: string;
                        detail?: string;
                        /** @description The request path. */
                        instance?: string;
                        /** @description Quote it when reporting a problem; it is on every log line. */
                        requestId?: string;
                        /** @description One entry per failing field. */
                        errors?: {
                            /** @description Where the value was: `body.eik`, `query.page`, `params.id`. */
                            field: string;
                            /** @description The rule it broke: `required`, `pattern`, `maxLength`, `eik_checksum`, … */
                            rule: string;
                            /** @description What is wrong, in the user's language. */
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeta: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        version: string;
                        environment: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A URI naming the kind of problem. */
                        type: string;
                        /** @description A short, human summary in the user's language. */
                        title: string;
                        status: number;
                        /** @description Stable, machine-readable code, e.g. `validation_failed`. */
                        code: string;
                        detail?: string;
                        /** @description The request path. */
                        instance?: string;
                        /** @description Quote it when reporting a problem; it is on every log line. */
                        requestId?: string;
                        /** @description One entry per failing field. */
                        errors?: {
                            /** @description Where the value was: `body.eik`, `query.page`, `params.id`. */
                            field: string;
                            /** @description The rule it broke: `required`, `pattern`, `maxLength`, `eik_checksum`, … */
                            rule: string;
                            /** @description What is wrong, in the user's language. */
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A URI naming the kind of problem. */
                        type: string;
                        /** @description A short, human summary in the user's language. */
                        title: string;
                        status: number;
                        /** @description Stable, machine-readable code, e.g. `validation_failed`. */
                        code: string;
                        detail?: string;
                        /** @description The request path. */
                        instance?: string;
                        /** @description Quote it when reporting a problem; it is on every log line. */
                        requestId?: string;
                        /** @description One entry per failing field. */
                        errors?: {
                            /** @description Where the value was: `body.eik`, `query.page`, `params.id`. */
                            field: string;
                            /** @description The rule it broke: `required`, `pattern`, `maxLength`, `eik_checksum`, … */
                            rule: string;
                            /** @description What is wrong, in the user's language. */
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
}
