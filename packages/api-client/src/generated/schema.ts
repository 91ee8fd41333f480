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
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a provider organisation and its first administrator; sends an e-mail verification link */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an e-mail address with the link sent at sign-up */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with e-mail and password; returns tokens and sets httpOnly cookies */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token (body or cookie) for new tokens; a reused token ends the session */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in person and the organisations they belong to */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change display name or language */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; every other session is logged out */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation */
        get: operations["getTenant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members and their roles */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/members/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member (takes effect on their next request) */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /** Change a member's role */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations sent */
        get: operations["listInvitations"];
        put?: never;
        /** Invite someone by e-mail (the link expires after 7 days) */
        post: operations["invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an invitation */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first */
        get: operations["readAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/audit/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash chain of the audit trail */
        get: operations["verifyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Commissioning contracts this organisation is a party to */
        get: operations["listContracts"];
        put?: never;
        /** A municipality proposes a commissioning contract for a provider's service */
        post: operations["proposeContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/contracts/{contractId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The provider accepts or declines; the municipality ends */
        post: operations["decideContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link offers */
        get: operations["previewInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation — logged in, or creating an account with the invited e-mail */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Platform operators create municipality and agency tenants */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/provider-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contracts proposed to providers not yet on Mera (pending first) */
        get: operations["listProviderInvitations"];
        put?: never;
        /** Propose a contract to a provider not yet on Mera: stores the proposal and e-mails a sign-up link */
        post: operations["inviteProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/provider-invitations/{providerInvitationId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the sign-up link again: a new link, valid for another period; the old one stops working */
        post: operations["resendProviderInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/provider-invitations/{providerInvitationId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a pending invitation: its link stops working */
        post: operations["cancelProviderInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provider-invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a provider’s sign-up link offers (for the sign-up page) */
        get: operations["previewProviderInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/service-types/{pluginCode}/variants/{variantKey}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate a set of service facts against a variant's rules */
        post: operations["evaluateRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/service-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service types (plugins) and their variants, with the catalogue version in force */
        get: operations["listServiceTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/service-types/{pluginCode}/variants/{variantKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A variant's full catalogue: sections, standards, criteria, indicators, sources of information */
        get: operations["getVariantCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item (e.g. an indicator with its sources of information) and its ancestors, in every variant that has it */
        get: operations["getCatalogueItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search standards, criteria, indicators and sources of information (Bulgarian full text + trigram) */
        get: operations["searchCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/legacy-centres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Legacy centre types (transitional provisions) and the services whose standards apply */
        get: operations["listLegacyCentres"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/legacy-centres/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One legacy centre type and its set of services */
        get: operations["getLegacyCentre"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own services, and services commissioned under an active contract */
        get: operations["listServices"];
        put?: never;
        /** Register a service */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service */
        get: operations["getService"];
        put?: never;
        post?: never;
        /** Remove a service */
        delete: operations["deleteService"];
        options?: never;
        head?: never;
        /** Change a service (send the version you read) */
        patch: operations["updateService"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/services/from-legacy-centre": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register an old centre type as the set of services whose standards apply to it (transitional provisions) */
        post: operations["registerLegacyCentre"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/oversight": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every commissioned service with its rule results (municipality) */
        get: operations["listOversight"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/oversight/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard as CSV or XLSX */
        get: operations["exportOversight"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year of meetings, month by month, with the months that lack a meeting of each kind */
        get: operations["listMeetings"];
        put?: never;
        /** Log a meeting, with its recommendations */
        post: operations["createMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        /** Remove a meeting (refused while one of its recommendations is a programme measure) */
        delete: operations["deleteMeeting"];
        options?: never;
        head?: never;
        /** Change a meeting (send the version you read) */
        patch: operations["updateMeeting"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/meetings/{meetingId}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a recommendation to a meeting */
        post: operations["addMeetingRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/meetings/{meetingId}/recommendations/{recommendationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a recommendation (refused once it is a programme measure) */
        delete: operations["deleteMeetingRecommendation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programme-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The nine kinds of activity of art. 19, in the Ordinance’s words (bg) and translated */
        get: operations["listProgrammeCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quality programmes, newest period first */
        get: operations["listProgrammes"];
        put?: never;
        /** Start a programme for a period */
        post: operations["createProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/programmes/{programmeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One programme with its measures, reviews and agreement state */
        get: operations["getProgramme"];
        put?: never;
        post?: never;
        /** Delete a draft that was never submitted */
        delete: operations["deleteProgramme"];
        options?: never;
        head?: never;
        /** Change a draft programme (send the version you read) */
        patch: operations["updateProgramme"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/programmes/{programmeId}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the programme to the commissioning mayor for agreement (art. 16(2), 20(2)) */
        post: operations["submitProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/programmes/{programmeId}/reopening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen an agreed programme to update it (art. 20); it is then agreed again */
        post: operations["reopenProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/programmes/{programmeId}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a measure (from a meeting recommendation: send its id) */
        post: operations["createMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/programmes/{programmeId}/measures/{measureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a measure (draft or changes requested only) */
        delete: operations["deleteMeasure"];
        options?: never;
        head?: never;
        /** Change what a measure says (draft or changes requested only) */
        patch: operations["updateMeasure"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/programmes/{programmeId}/measures/{measureId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a measure's progress (also while the programme is submitted or agreed) */
        post: operations["recordMeasureProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/programmes/{programmeId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the yearly review (art. 20(1)) and the measures carried over */
        post: operations["createProgrammeReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/programmes/{programmeId}/reviews/{reviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a review (send the version you read) */
        patch: operations["updateProgrammeReview"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/received-programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quality programmes providers submitted to this municipality for agreement */
        get: operations["listReceivedProgrammes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/received-programmes/{programmeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One submitted programme with its measures */
        get: operations["getReceivedProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/received-programmes/{programmeId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agree a submitted programme, or ask for changes (with a note) */
        post: operations["decideReceivedProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/reports/{reportId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's comments on a submitted report (the municipality's own, or those on the provider's own report) */
        get: operations["listReportComments"];
        put?: never;
        /** The commissioning municipality comments on a provider's submitted report */
        post: operations["commentReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/programmes/{programmeId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's comments on a submitted programme (the municipality's own, or those on the provider's own programme) */
        get: operations["listProgrammeComments"];
        put?: never;
        /** The commissioning municipality comments on a provider's submitted programme */
        post: operations["commentProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file (the raw bytes as application/octet-stream); its type is checked on the content */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file's name, type, size and checksum */
        get: operations["getFile"];
        put?: never;
        post?: never;
        /** Delete a file no document or assessment refers to */
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/files/{fileId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file (checked against the tenant's row-level security and the role) */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document register: policies, procedures, plans, registers (a service's own and the organisation's) */
        get: operations["listDocuments"];
        put?: never;
        /** Register a document, with the sources of information it stands for */
        post: operations["createDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document of the register */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        /** Delete a document no assessment cites */
        delete: operations["deleteDocument"];
        options?: never;
        head?: never;
        /** Change a document (a new version: new file, approval and review dates); send the version you read */
        patch: operations["updateDocument"];
        trace?: never;
    };
    "/api/v1/catalogue/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Ordinance's sources of information, distinct, with how many indicators cite each */
        get: operations["listCatalogueSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Checks and self-assessments, newest first, with progress and score */
        get: operations["listAssessments"];
        put?: never;
        /** Plan or start a check of a service against its variant's standards in force */
        post: operations["createAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/assessments/{assessmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One check: the scoped tree with results, evidence, offered documents and scores at every level */
        get: operations["getAssessment"];
        put?: never;
        post?: never;
        /** Delete a check that is not completed */
        delete: operations["deleteAssessment"];
        options?: never;
        head?: never;
        /** Change a check that is not completed (title, dates, chosen criteria, methods, conclusions) */
        patch: operations["updateAssessment"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/assessments/{assessmentId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save one indicator's result and note (autosave); a stale version is a 409 naming who saved it */
        put: operations["saveAssessmentResult"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/assessments/{assessmentId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach evidence to an indicator: an uploaded file, a register document, or an interview/observation record */
        post: operations["addAssessmentEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/assessments/{assessmentId}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a piece of evidence from an indicator (the file or document itself stays) */
        delete: operations["removeAssessmentEvidence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/assessments/{assessmentId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a check: every indicator in scope needs a result; afterwards nothing in it can change */
        post: operations["completeAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/monitoring-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year's plan (art. 23): checks per service and whether each quarter has one */
        get: operations["getMonitoringPlan"];
        put?: never;
        /** Generate a service's plan for a year from last year's results: a check each quarter, weak criteria first, and the self-assessment */
        post: operations["generateMonitoringPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The semi-annual analyses and annual reports, newest period first */
        get: operations["listReports"];
        put?: never;
        /** Start a report: the period's figures are assembled and the texts drafted from them */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/received-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Semi-annual analyses and annual reports that providers submitted for the services this municipality commissions */
        get: operations["listReceivedReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report with its figures and texts */
        get: operations["getReport"];
        put?: never;
        post?: never;
        /** Delete a draft (a submitted report is a record and stays) */
        delete: operations["deleteReport"];
        options?: never;
        head?: never;
        /** Edit a draft's title and texts */
        patch: operations["updateReport"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/reports/{reportId}/reassembly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Collect a draft's figures again from the period's records (the texts stay) */
        post: operations["reassembleReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/reports/{reportId}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the report: from now on the database refuses any change; a commissioned service’s report reaches the municipality */
        post: operations["submitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/reports/{reportId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as a PDF (A4, fonts embedded, charts drawn) */
        get: operations["reportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/reports/{reportId}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as an editable DOCX */
        get: operations["reportDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/quality-system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quality-system document's texts the provider writes (goals, target group, mission …) */
        get: operations["getQualitySystem"];
        /** Save the quality-system document's texts (keys not sent stay as they are) */
        put: operations["saveQualitySystem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/quality-system/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quality-system document generated from the organisation's records, as PDF */
        get: operations["qualitySystemPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/quality-system/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quality-system document generated from the organisation's records, as DOCX */
        get: operations["qualitySystemDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every own service with its staff summary and the staffing rules on the register’s facts */
        get: operations["staffOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service’s staff register: positions, members and their records, summary and rules */
        get: operations["getStaffRegister"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a position to a service’s staffing plan */
        post: operations["createStaffPosition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff/positions/{positionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a position (refused with 409 while someone is in it) */
        delete: operations["deleteStaffPosition"];
        options?: never;
        head?: never;
        /** Change a position (send the version you read) */
        patch: operations["updateStaffPosition"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a staff member to a service (an employee or volunteer — never a service user) */
        post: operations["createStaffMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member entered by mistake, with their records (someone who left gets an end date) */
        delete: operations["deleteStaffMember"];
        options?: never;
        head?: never;
        /** Change a staff member, e.g. record that they left (send the version you read) */
        patch: operations["updateStaffMember"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff/members/{memberId}/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an induction or specialised training of a member (academic hours) */
        post: operations["addStaffTraining"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff/members/{memberId}/appraisals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a member’s yearly appraisal (one per year) */
        post: operations["addStaffAppraisal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff/supervisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a group supervision of a service’s team or an individual supervision of a member */
        post: operations["addStaffSupervision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff/mentorings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a mentor to a newcomer (6 months from the start unless an end is given) */
        post: operations["addStaffMentoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff/trainings/{trainingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a training record entered by mistake */
        delete: operations["deleteStaffTraining"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff/appraisals/{appraisalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a appraisal record entered by mistake */
        delete: operations["deleteStaffAppraisal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff/supervisions/{supervisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a supervision record entered by mistake */
        delete: operations["deleteStaffSupervision"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/staff/mentorings/{mentoringId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a mentoring record entered by mistake */
        delete: operations["deleteStaffMentoring"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The surveys opened, optionally for one service */
        get: operations["listSurveys"];
        put?: never;
        /** Open a survey for a service from one of its plugin’s templates; it gets a public link */
        post: operations["openSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/surveys/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey templates the service’s plugin offers (users, families, exit …) */
        get: operations["listSurveyTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/surveys/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Answers aggregated per template, question and period (the reports read this)
         * @description Counts per scale value, mean and number of answers per question, for the whole range and per period. Defaults: from the 1st of January of `to`’s year, to today (Europe/Sofia), by month. A stable contract: fields are only ever added.
         */
        get: operations["surveyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/surveys/{surveyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One survey, with its public link and a QR code of it */
        get: operations["getSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Close or reopen a survey, or change its daily cap */
        patch: operations["updateSurvey"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/surveys/{surveyId}/token-rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new public link; the old one (and its printed QR codes) stops working at once */
        post: operations["rotateSurveyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/surveys/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The questions behind a public survey link, in bg/en/uk (no login) */
        get: operations["publicSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/surveys/{token}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a survey anonymously (no login; nothing about the person is stored)
         * @description Refused with a translated problem: 404 `survey_link_invalid` (unknown or rotated link), 410 `survey_closed`, 429 `rate_limited` (too many answers from one client) or `survey_daily_cap`, 400 for answers off the scale, unknown questions, text too long, or the hidden `website` field filled.
         */
        post: operations["answerSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's deadlines due in a window (default: half a year back, a quarter ahead)
         * @description Computed on read from the services, checks, meetings, programmes and documents (art. 20, 23–26). Dates are calendar dates in Europe/Sofia; at most 1100 days.
         */
        get: operations["listDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person's own reminders in this organisation, newest first, and how many are unread */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your reminders read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your reminders in this organisation read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you have an iCal feed (its URL is shown only when it is made) */
        get: operations["getCalendarFeed"];
        put?: never;
        /** Make your iCal feed, or replace its secret URL (the old one stops working) */
        post: operations["rotateCalendarFeed"];
        /** Stop your iCal feed */
        delete: operations["deleteCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The iCal feed (RFC 5545) of the person whose secret is in the URL: <secret>.ics */
        get: operations["calendarFeed"];
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
        Session: {
            accessToken: string;
            /** Format: date-time */
            accessTokenExpiresAt: string;
            refreshToken: string;
            /** Format: date-time */
            refreshTokenExpiresAt: string;
        };
        Tenant: {
            /** Format: uuid */
            id: string;
            /** @default municipality */
            kind: "provider" | "municipality" | "agency";
            legalName: string;
            eik: string;
            address: string | null;
            contactEmail: string | null;
        };
        Member: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            displayName: string;
            email: string;
            /** @default viewer */
            role: "admin" | "quality_lead" | "staff" | "inspector" | "viewer";
            /** Format: date-time */
            since: string;
        };
        Invitation: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @default viewer */
            role: "admin" | "quality_lead" | "staff" | "inspector" | "viewer";
            /** Format: date-time */
            expiresAt: string;
            acceptedAt: string | null;
            revokedAt: string | null;
        };
        Contract: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            municipalityTenantId: string;
            /** @description From the public tenant directory */
            municipalityName: string;
            /** Format: uuid */
            providerTenantId: string;
            /** @description From the public tenant directory */
            providerName: string;
            providerEik: string;
            /** @description Null until the provider, accepting, names which of its services the contract is for */
            serviceId: string | null;
            /** @description The service as the municipality's contract describes it */
            serviceDescription: string | null;
            basis: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** @description How the service is financed (Social Services Act): state-delegated, municipal or both */
            funding: ("state_delegated" | "municipal" | "mixed") | null;
            /** @description Euro a year */
            yearlyAmountEur: number | null;
            status: "proposed" | "active" | "declined" | "ended";
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
        };
        AuditEntry: {
            seq: number;
            /** Format: date-time */
            occurredAt: string;
            actorUserId: string | null;
            requestId: string | null;
            entity: string;
            entityId: string;
            action: "insert" | "update" | "delete";
            before: unknown;
            after: unknown;
            hash: string;
        };
        ProviderInvitation: {
            /** Format: uuid */
            id: string;
            providerEik: string;
            email: string;
            serviceDescription: string;
            basis: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            funding: ("state_delegated" | "municipal" | "mixed") | null;
            yearlyAmountEur: number | null;
            /** @description pending: waiting for the provider to sign up; used: the contract was proposed to it */
            status: "pending" | "used" | "cancelled";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description Pending, but the link has expired: send it again */
            expired: boolean;
            usedAt: string | null;
            providerTenantId: string | null;
            /** @description The contract proposed at sign-up */
            contractId: string | null;
            /** @description Send it back to resend or cancel: a stale version is a 409 */
            version: number;
        };
        ServiceType: {
            code: string;
            name: {
                bg: string;
                en: string;
                uk: string;
            };
            variants: {
                key: string;
                /** @description The plugin's short name for the variant (the annex title is in `title`) */
                name: {
                    bg: string;
                    en: string;
                    uk: string;
                } | null;
                annex: number;
                code: string;
                title: string;
                /** Format: uuid */
                versionId: string;
                /** Format: date */
                effectiveFrom: string;
                itemCount: number;
            }[];
        };
        RuleResult: {
            rule: string;
            status: "pass" | "fail" | "warning";
            message: {
                bg: string;
                en: string;
                uk: string;
            };
            /** @description The indicator or footnote the rule comes from */
            source: string;
        };
        LegacyCentre: {
            /** @description e.g. bg-2022-p1-11 (§ 1, al. 11) */
            key: string;
            basis: string;
            name: {
                bg: string;
                en: string;
                uk: string;
            };
            /** @description The provision, verbatim */
            text: string;
            services: {
                pluginCode: string;
                variantKey: string;
                /** @description `therapy-only`: only the therapy standards of the variant apply ("само стандартите за терапия") */
                scope: "full" | "therapy-only";
                /** @description The Ordinance's list item, verbatim */
                item: string;
                /** @description Other variants by target group */
                alternatives?: string[];
            }[];
            /** @description Standards that apply only when the condition quoted in `text` holds */
            conditional: {
                pluginCode: string;
                variantKey: string;
                basis: string;
                text: string;
            }[];
        };
        Service: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            tenantId: string;
            name: string;
            pluginCode: string;
            variantKey: string;
            legacyCentreType: string | null;
            address: string | null;
            municipality: string | null;
            capacity: number | null;
            currentUsers: number | null;
            financing: ("state_delegated" | "municipal" | "own") | null;
            startedOn: string | null;
            /** @description Send it back when saving: a stale version is refused with 409. */
            version: number;
            /** @description The plugin's rules evaluated on this service's facts (capacity, users, staffing) */
            rules: {
                rule: string;
                status: "pass" | "fail" | "warning";
                message: {
                    bg: string;
                    en: string;
                    uk: string;
                };
                /** @description The indicator or footnote the rule comes from */
                source: string;
            }[];
        };
        OversightRow: {
            /** Format: uuid */
            serviceId: string;
            serviceName: string;
            /** Format: uuid */
            providerTenantId: string;
            providerName: string;
            providerEik: string;
            pluginCode: string;
            variantKey: string;
            /** @description The plugin's name and the annex title, in the request's language */
            serviceType: string;
            address: string | null;
            municipality: string | null;
            capacity: number | null;
            currentUsers: number | null;
            contractBasis: string;
            /** Format: date */
            contractEndsOn: string;
            rulesFailed: number;
            rulesUnknown: number;
            rulesPassed: number;
            /** @description Messages of the rules not met */
            failedRules: string[];
            /** @description The provider's latest completed check of the service */
            latestCheckOn: string | null;
            /** @description That check's score (percent) */
            latestScore: number | null;
            /** @description When the latest semi-annual analysis (art. 25(1)) was submitted */
            lastAnalysisOn: string | null;
            /** @description No submitted analysis covers the half-year that ended last while the contract was in force */
            analysisOverdue: boolean;
            /** @description When the oldest programme still waiting for this municipality’s decision was submitted */
            programmeWaitingSince: string | null;
            /** @description A submitted programme has waited more than 30 days for the municipality’s decision */
            programmeNotReviewed: boolean;
            /** @description When the municipality last agreed a programme of the service or asked for changes */
            lastProgrammeDecisionOn: string | null;
        };
        MeetingRecommendation: {
            /** Format: uuid */
            id: string;
            position: number;
            text: string;
            /** @description The programme measure it became, if any */
            measureId: string | null;
            programmeId: string | null;
        };
        Meeting: {
            /** Format: uuid */
            id: string;
            serviceId: string | null;
            /**
             * @description `team`: the monthly team meeting (art. 24(1) 3); `with_head`: with the service's head (art. 24(1) 4)
             * @default team
             */
            kind: "team" | "with_head";
            /** Format: date */
            heldOn: string;
            participantsCount: number;
            participants: string | null;
            topics: string;
            conclusions: string | null;
            recommendations: {
                /** Format: uuid */
                id: string;
                position: number;
                text: string;
                /** @description The programme measure it became, if any */
                measureId: string | null;
                programmeId: string | null;
            }[];
            /** @description Send it back when saving: a stale version is refused with 409. */
            version: number;
        };
        MeetingYear: {
            year: number;
            serviceId: string | null;
            /** @description Past months without a meeting, counted per kind */
            missing: number;
            months: {
                month: string;
                team: {
                    count: number;
                    /** @description `missing`: a past month without one; `due`: this month, none yet */
                    status: "held" | "missing" | "due" | "upcoming";
                };
                withHead: {
                    count: number;
                    /** @description `missing`: a past month without one; `due`: this month, none yet */
                    status: "held" | "missing" | "due" | "upcoming";
                };
            }[];
            meetings: {
                /** Format: uuid */
                id: string;
                serviceId: string | null;
                /**
                 * @description `team`: the monthly team meeting (art. 24(1) 3); `with_head`: with the service's head (art. 24(1) 4)
                 * @default team
                 */
                kind: "team" | "with_head";
                /** Format: date */
                heldOn: string;
                participantsCount: number;
                participants: string | null;
                topics: string;
                conclusions: string | null;
                recommendations: {
                    /** Format: uuid */
                    id: string;
                    position: number;
                    text: string;
                    /** @description The programme measure it became, if any */
                    measureId: string | null;
                    programmeId: string | null;
                }[];
                /** @description Send it back when saving: a stale version is refused with 409. */
                version: number;
            }[];
        };
        ProgrammeCategory: {
            /** @description art. 19, item 1–9 */
            number: number;
            text: {
                bg: string;
                en: string;
                uk: string;
            };
            short: {
                bg: string;
                en: string;
                uk: string;
            };
        };
        ProgrammeSummary: {
            /** Format: uuid */
            id: string;
            serviceId: string | null;
            title: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** @description draft → submitted → agreed | changes_requested (art. 16(2), 20(2)) */
            status: "draft" | "submitted" | "agreed" | "changes_requested";
            submittedAt: string | null;
            decidedAt: string | null;
            measures: {
                planned: number;
                inProgress: number;
                done: number;
                cancelled: number;
                /** @description Past their deadline and neither done nor cancelled */
                overdue: number;
            };
            /** @description Send it back when saving: a stale version is refused with 409. */
            version: number;
        };
        ProgrammeMeasure: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            category: number;
            title: string;
            description: string | null;
            /** @description The finding the measure answers */
            finding: string | null;
            recommendation: {
                /** Format: uuid */
                id: string;
                text: string;
                /** Format: uuid */
                meetingId: string;
                meetingKind: "team" | "with_head";
                /** Format: date */
                meetingHeldOn: string;
            } | null;
            indicatorId: string | null;
            responsibleUserId: string | null;
            responsibleName: string | null;
            /** @description False once the person has left the organisation */
            responsibleIsMember: boolean;
            deadline: string | null;
            /** @default in_progress */
            status: "planned" | "in_progress" | "done" | "cancelled";
            progressNote: string | null;
            completedOn: string | null;
            overdue: boolean;
            version: number;
        };
        ProgrammeReview: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            reviewedOn: string;
            participants: string;
            usersConsulted: boolean;
            conclusions: string;
            carriedOverMeasureIds: string[];
            recordedBy: string | null;
            version: number;
        };
        Programme: {
            /** Format: uuid */
            id: string;
            serviceId: string | null;
            title: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** @description draft → submitted → agreed | changes_requested (art. 16(2), 20(2)) */
            status: "draft" | "submitted" | "agreed" | "changes_requested";
            submittedAt: string | null;
            decidedAt: string | null;
            measures: {
                planned: number;
                inProgress: number;
                done: number;
                cancelled: number;
                /** @description Past their deadline and neither done nor cancelled */
                overdue: number;
            };
            /** @description Send it back when saving: a stale version is refused with 409. */
            version: number;
            submittedByName: string | null;
            municipalityTenantId: string | null;
            municipalityName: string | null;
            contractId: string | null;
            /** @description The municipality's note with its decision */
            decisionNote: string | null;
            /** @description The contract in force for the service: when set, the programme is agreed with the mayor */
            commissionedBy: {
                /** Format: uuid */
                contractId: string;
                municipalityName: string;
                basis: string;
            } | null;
            measureList: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                programmeId: string;
                category: number;
                title: string;
                description: string | null;
                /** @description The finding the measure answers */
                finding: string | null;
                recommendation: {
                    /** Format: uuid */
                    id: string;
                    text: string;
                    /** Format: uuid */
                    meetingId: string;
                    meetingKind: "team" | "with_head";
                    /** Format: date */
                    meetingHeldOn: string;
                } | null;
                indicatorId: string | null;
                responsibleUserId: string | null;
                responsibleName: string | null;
                /** @description False once the person has left the organisation */
                responsibleIsMember: boolean;
                deadline: string | null;
                /** @default in_progress */
                status: "planned" | "in_progress" | "done" | "cancelled";
                progressNote: string | null;
                completedOn: string | null;
                overdue: boolean;
                version: number;
            }[];
            reviews: {
                /** Format: uuid */
                id: string;
                /** Format: date */
                reviewedOn: string;
                participants: string;
                usersConsulted: boolean;
                conclusions: string;
                carriedOverMeasureIds: string[];
                recordedBy: string | null;
                version: number;
            }[];
        };
        ReceivedProgrammeSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            providerTenantId: string;
            providerName: string;
            serviceName: string | null;
            title: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            status: "submitted" | "agreed" | "changes_requested";
            submittedAt: string | null;
            decidedAt: string | null;
            decisionNote: string | null;
            measureCount: number;
            /** @description Send it back with the decision: a stale version is refused with 409. */
            version: number;
        };
        ReceivedProgramme: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            providerTenantId: string;
            providerName: string;
            serviceName: string | null;
            title: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            status: "submitted" | "agreed" | "changes_requested";
            submittedAt: string | null;
            decidedAt: string | null;
            decisionNote: string | null;
            measureCount: number;
            /** @description Send it back with the decision: a stale version is refused with 409. */
            version: number;
            measures: {
                /** Format: uuid */
                id: string;
                /** @description The item of art. 19 (1–9) */
                category: number;
                categoryText: {
                    bg: string;
                    en: string;
                    uk: string;
                };
                title: string;
                description: string | null;
                finding: string | null;
                deadline: string | null;
                status: string;
            }[];
        };
        ReceivedComment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            municipalityTenantId: string;
            /** @description The commenting municipality, from the public directory */
            municipalityName: string;
            authorName: string | null;
            text: string;
            /** Format: date-time */
            createdAt: string;
        };
        StoredFile: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Recognised from the content, not from the name */
            mediaType: string;
            sizeBytes: number;
            sha256: string;
            /** Format: date-time */
            createdAt: string;
        };
        QualityDocument: {
            /** Format: uuid */
            id: string;
            /**
             * @description policy, procedure, plan, programme, register, rules (правилник) or other
             * @default plan
             */
            kind: "policy" | "procedure" | "plan" | "programme" | "register" | "rules" | "other";
            title: string;
            /** @description Null: the organisation's, for every service */
            serviceId: string | null;
            versionLabel: string | null;
            approvedOn: string | null;
            nextReviewOn: string | null;
            /** @description The next review date has passed (Europe/Sofia) */
            reviewOverdue: boolean;
            file: {
                /** Format: uuid */
                id: string;
                name: string;
                mediaType: string;
                sizeBytes: number;
            } | null;
            /** @description The Ordinance's sources of information (verbatim) this document stands for */
            sources: string[];
            note: string | null;
            /** @description How many assessment answers cite it */
            usedAsEvidence: number;
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        AssessmentEvidence: {
            /** Format: uuid */
            id: string;
            /** @default interview */
            kind: "file" | "document" | "interview" | "observation" | "record";
            fileId: string | null;
            fileName: string | null;
            documentId: string | null;
            documentTitle: string | null;
            description: string | null;
        };
        AssessmentSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceId: string;
            serviceName: string;
            pluginCode: string;
            variantKey: string;
            annex: number;
            /**
             * @description `periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one
             * @default periodic
             */
            kind: "periodic" | "self_assessment";
            title: string;
            plannedOn: string | null;
            startedOn: string | null;
            status: "planned" | "in_progress" | "completed";
            /** @description Null: the whole variant; otherwise the chosen criteria */
            scopeCriteria: string[] | null;
            methods: number[];
            conclusions: string | null;
            completedAt: string | null;
            catalogue: {
                /** Format: uuid */
                versionId: string;
                /**
                 * Format: date
                 * @description The version of the standards it was made against
                 */
                effectiveFrom: string;
            };
            progress: {
                answered: number;
                total: number;
            };
            /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
            score: number | null;
            version: number;
        };
        Assessment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceId: string;
            serviceName: string;
            pluginCode: string;
            variantKey: string;
            annex: number;
            /**
             * @description `periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one
             * @default periodic
             */
            kind: "periodic" | "self_assessment";
            title: string;
            plannedOn: string | null;
            startedOn: string | null;
            status: "planned" | "in_progress" | "completed";
            /** @description Null: the whole variant; otherwise the chosen criteria */
            scopeCriteria: string[] | null;
            methods: number[];
            conclusions: string | null;
            completedAt: string | null;
            catalogue: {
                /** Format: uuid */
                versionId: string;
                /**
                 * Format: date
                 * @description The version of the standards it was made against
                 */
                effectiveFrom: string;
            };
            progress: {
                answered: number;
                total: number;
            };
            /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
            score: number | null;
            version: number;
            scoring: {
                key: string;
                name: {
                    [key: string]: string;
                };
            };
            sections: {
                id: string;
                /** @enum {string} */
                kind: "section";
                key: string;
                title: string | null;
                statement: string | null;
                notes: string[];
                /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                score: number | null;
                progress: {
                    answered: number;
                    total: number;
                };
                children: {
                    id: string;
                    /** @enum {string} */
                    kind: "standard";
                    key: string;
                    title: string | null;
                    statement: string | null;
                    notes: string[];
                    /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                    score: number | null;
                    progress: {
                        answered: number;
                        total: number;
                    };
                    children: {
                        id: string;
                        /** @enum {string} */
                        kind: "criterion";
                        key: string;
                        title: string | null;
                        statement: string | null;
                        notes: string[];
                        /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                        score: number | null;
                        progress: {
                            answered: number;
                            total: number;
                        };
                        children: {
                            id: string;
                            /** @enum {string} */
                            kind: "indicator";
                            key: string;
                            text: string | null;
                            sources: string[];
                            notes: string[];
                            result: ("met" | "partly_met" | "not_met" | "not_applicable") | null;
                            note: string | null;
                            /** @description Send it back when saving this result (0: none yet) */
                            resultVersion: number;
                            updatedAt: string | null;
                            updatedByName: string | null;
                            evidence: {
                                /** Format: uuid */
                                id: string;
                                /** @default interview */
                                kind: "file" | "document" | "interview" | "observation" | "record";
                                fileId: string | null;
                                fileName: string | null;
                                documentId: string | null;
                                documentTitle: string | null;
                                description: string | null;
                            }[];
                            /** @description Documents of the register that stand for one of this indicator’s sources of information */
                            offeredDocuments: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                source: string;
                            }[];
                        }[];
                    }[];
                }[];
            }[];
        };
        MonitoringPlan: {
            year: number;
            services: {
                /** Format: uuid */
                serviceId: string;
                serviceName: string;
                quarters: {
                    quarter: number;
                    checks: number;
                    /** @description `missing`: a past quarter without any check (art. 23(3)); `overdue`: planned, not done */
                    status: "done" | "planned" | "overdue" | "missing" | "none";
                }[];
                checks: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    serviceId: string;
                    serviceName: string;
                    pluginCode: string;
                    variantKey: string;
                    annex: number;
                    /**
                     * @description `periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one
                     * @default periodic
                     */
                    kind: "periodic" | "self_assessment";
                    title: string;
                    plannedOn: string | null;
                    startedOn: string | null;
                    status: "planned" | "in_progress" | "completed";
                    /** @description Null: the whole variant; otherwise the chosen criteria */
                    scopeCriteria: string[] | null;
                    methods: number[];
                    conclusions: string | null;
                    completedAt: string | null;
                    catalogue: {
                        /** Format: uuid */
                        versionId: string;
                        /**
                         * Format: date
                         * @description The version of the standards it was made against
                         */
                        effectiveFrom: string;
                    };
                    progress: {
                        answered: number;
                        total: number;
                    };
                    /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                    score: number | null;
                    version: number;
                }[];
            }[];
        };
        StaffOverview: {
            service: {
                /** Format: uuid */
                id: string;
                name: string;
                pluginCode: string;
                variantKey: string;
                capacity: number | null;
                currentUsers: number | null;
            };
            facts: {
                capacity: number | null;
                currentUsers: number | null;
                /** @description Employees in post today (volunteers not counted) */
                staffCount: number | null;
                /** @description Full-time equivalents in the staffing plan */
                positionsPlanned: number | null;
                /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                positionsFilled: number | null;
            };
            /** @description The facts derived from the staff register (empty: the service has no register yet) */
            factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
            /** @description The plugin's rules evaluated on the service's facts with the register's */
            rules: {
                rule: string;
                status: "pass" | "fail" | "warning";
                message: {
                    bg: string;
                    en: string;
                    uk: string;
                };
                /** @description The indicator or footnote the rule comes from */
                source: string;
            }[];
            summary: {
                year: number;
                membersInPost: number;
                volunteers: number;
                /** @description Employees in post without 36 hours of induction training */
                inductionMissing: number;
                /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                specialisedShort: number;
                groupSupervisions: number;
                groupSupervisionsRequired: number;
                individualSupervisions: number;
                individualSupervisionsExternal: number;
                /** @description Newcomers without experience in social services and no mentor */
                mentorMissing: number;
                /** @description Employees in post during the year without the year’s appraisal */
                appraisalsDue: number;
            };
            positions: number;
            members: number;
        };
        StaffRegister: {
            service: {
                /** Format: uuid */
                id: string;
                name: string;
                pluginCode: string;
                variantKey: string;
                capacity: number | null;
                currentUsers: number | null;
            };
            facts: {
                capacity: number | null;
                currentUsers: number | null;
                /** @description Employees in post today (volunteers not counted) */
                staffCount: number | null;
                /** @description Full-time equivalents in the staffing plan */
                positionsPlanned: number | null;
                /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                positionsFilled: number | null;
            };
            /** @description The facts derived from the staff register (empty: the service has no register yet) */
            factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
            /** @description The plugin's rules evaluated on the service's facts with the register's */
            rules: {
                rule: string;
                status: "pass" | "fail" | "warning";
                message: {
                    bg: string;
                    en: string;
                    uk: string;
                };
                /** @description The indicator or footnote the rule comes from */
                source: string;
            }[];
            summary: {
                year: number;
                membersInPost: number;
                volunteers: number;
                /** @description Employees in post without 36 hours of induction training */
                inductionMissing: number;
                /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                specialisedShort: number;
                groupSupervisions: number;
                groupSupervisionsRequired: number;
                individualSupervisions: number;
                individualSupervisionsExternal: number;
                /** @description Newcomers without experience in social services and no mentor */
                mentorMissing: number;
                /** @description Employees in post during the year without the year’s appraisal */
                appraisalsDue: number;
            };
            positions: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                serviceId: string;
                title: string;
                /**
                 * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                 * @default core
                 */
                category: "core" | "recommended" | "support";
                plannedFte: number;
                filledFte: number;
                version: number;
            }[];
            members: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                serviceId: string;
                positionId: string | null;
                fullName: string;
                /**
                 * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                 * @default labour_contract
                 */
                employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                fte: number;
                /** Format: date */
                startedOn: string;
                endedOn: string | null;
                qualification: string | null;
                newToSocialServices: boolean;
                inPost: boolean;
                version: number;
                trainings: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    memberId: string;
                    /**
                     * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                     * @default induction
                     */
                    kind: "induction" | "specialised";
                    /** Format: date */
                    heldOn: string;
                    hours: number;
                    topic: string;
                    trainer: string | null;
                }[];
                appraisals: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    memberId: string;
                    year: number;
                    /** Format: date */
                    appraisedOn: string;
                    outcome: string;
                    discussedInPerson: boolean;
                }[];
                summary: {
                    inductionHours: number;
                    inductionDone: boolean;
                    /** @description In the chosen year */
                    specialisedHours: number;
                    specialisedRequired: number | null;
                    individualSupervisions: number;
                    individualSupervisionsExternal: number;
                    /** @description Group supervisions of the team while in post */
                    groupSupervisions: number;
                    mentorNeeded: boolean;
                    hasMentor: boolean;
                    appraisedThisYear: boolean;
                    appraisalDue: boolean;
                };
            }[];
            supervisions: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                serviceId: string;
                /**
                 * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                 * @default group
                 */
                kind: "group" | "individual";
                memberId: string | null;
                /** Format: date */
                heldOn: string;
                hours: number;
                supervisor: string;
                supervisorExternal: boolean;
                participantsCount: number | null;
            }[];
            mentorings: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                mentorId: string;
                /** Format: uuid */
                newcomerId: string;
                /** Format: date */
                startsOn: string;
                /** Format: date */
                endsOn: string;
                current: boolean;
            }[];
        };
        SurveyQuestion: {
            /** @description The question’s key in the template, e.g. `satisfied` */
            id: string;
            /** @description `scale`: a whole number from `min` to `max`; `text`: free text up to `maxLength` */
            kind: "scale" | "text";
            /** @description The same text in Bulgarian, English and Ukrainian */
            label: {
                bg: string;
                en: string;
                uk: string;
            };
            min?: number;
            max?: number;
            /** @description The words for min, min+1 … max */
            scale?: {
                bg: string;
                en: string;
                uk: string;
            }[];
            maxLength?: number;
        };
        Survey: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceId: string;
            serviceName: string;
            pluginCode: string;
            /** @description users, families, exit … (the plugin’s survey template) */
            templateKey: string;
            /** @description The same text in Bulgarian, English and Ukrainian */
            title: {
                bg: string;
                en: string;
                uk: string;
            };
            /** @description Copied from the template when the survey was opened: a later template change alters nothing */
            questions: components["schemas"]["SurveyQuestion"][];
            status: "open" | "closed";
            /** @description At most this many answers a day (Europe/Sofia) */
            dailyCap: number;
            /** @description The public link’s path in the web app: `/s/<token>` */
            publicPath: string;
            /** @description PUBLIC_WEB_URL + publicPath: what the QR code encodes */
            publicUrl: string;
            /** @description Answers received, all time */
            responses: number;
            responsesToday: number;
            /** Format: date-time */
            createdAt: string;
            closedAt: string | null;
            tokenRotatedAt: string | null;
            version: number;
        };
        SurveyResults: {
            /** @description Null: every service of the organisation */
            serviceId: string | null;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @description How the range is cut */
            period: "month" | "quarter" | "half" | "year";
            /** @description Answers in the range, every template */
            responses: number;
            templates: {
                templateKey: string;
                /** @description The same text in Bulgarian, English and Ukrainian */
                name: {
                    bg: string;
                    en: string;
                    uk: string;
                };
                /** @description Answers in the range to surveys of this template */
                responses: number;
                /** @description Every period of the range in order (clipped to from–to), empty ones included */
                periods: {
                    /** @description `2026-03`, `2026-Q1`, `2026-H1` or `2026` */
                    key: string;
                    /** Format: date */
                    from: string;
                    /** Format: date */
                    to: string;
                    responses: number;
                }[];
                /** @description The scale questions, as the newest survey of the template words them */
                questions: {
                    id: string;
                    /** @description The same text in Bulgarian, English and Ukrainian */
                    label: {
                        bg: string;
                        en: string;
                        uk: string;
                    };
                    scale: {
                        bg: string;
                        en: string;
                        uk: string;
                    }[];
                    total: {
                        /** @description How many answered this question */
                        answers: number;
                        /** @description How many answers chose each value of the scale, from min to max (zeros included) */
                        counts: {
                            value: number;
                            count: number;
                        }[];
                        /** @description Average of the values, two decimals; null with no answers */
                        mean: number | null;
                    };
                    /** @description Same order as the template’s periods */
                    periods: {
                        key: string;
                        /** @description How many answered this question */
                        answers: number;
                        /** @description How many answers chose each value of the scale, from min to max (zeros included) */
                        counts: {
                            value: number;
                            count: number;
                        }[];
                        /** @description Average of the values, two decimals; null with no answers */
                        mean: number | null;
                    }[];
                }[];
                /** @description Free-text answers, newest first (at most 100) */
                comments: {
                    /** Format: date */
                    submittedOn: string;
                    question: string;
                    text: string;
                }[];
            }[];
        };
        PublicSurvey: {
            /** @description The same text in Bulgarian, English and Ukrainian */
            title: {
                bg: string;
                en: string;
                uk: string;
            };
            serviceName: string;
            providerName: string;
            questions: components["schemas"]["SurveyQuestion"][];
        };
        SurveyDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceId: string;
            serviceName: string;
            pluginCode: string;
            /** @description users, families, exit … (the plugin’s survey template) */
            templateKey: string;
            /** @description The same text in Bulgarian, English and Ukrainian */
            title: {
                bg: string;
                en: string;
                uk: string;
            };
            /** @description Copied from the template when the survey was opened: a later template change alters nothing */
            questions: components["schemas"]["SurveyQuestion"][];
            status: "open" | "closed";
            /** @description At most this many answers a day (Europe/Sofia) */
            dailyCap: number;
            /** @description The public link’s path in the web app: `/s/<token>` */
            publicPath: string;
            /** @description PUBLIC_WEB_URL + publicPath: what the QR code encodes */
            publicUrl: string;
            /** @description Answers received, all time */
            responses: number;
            responsesToday: number;
            /** Format: date-time */
            createdAt: string;
            closedAt: string | null;
            tokenRotatedAt: string | null;
            version: number;
            /** @description An SVG image of a QR code for publicUrl (scales to any print size) */
            qrSvg: string;
        };
        DueItem: {
            /** @description Stable per item: the same quarter of the same service keeps its key */
            key: string;
            /** @description `periodic_check`, `team_meeting`, `head_meeting`, `semiannual_analysis`, `annual_report`, `programme_review`, `document_review` (more kinds come with new sources) */
            kind: string;
            serviceId: string | null;
            title: {
                bg: string;
                en: string;
                uk: string;
            };
            /**
             * Format: date
             * @description A calendar date in Europe/Sofia
             */
            dueOn: string;
            /** @description `due`: within 7 days (today included); `overdue`: past and not done */
            status: "upcoming" | "due" | "overdue" | "done";
            /** @description False when the source does not record whether it was done: then it is never called overdue */
            tracked: boolean;
            /** @description A path in the web app where the work is done */
            link: string;
        };
        Deadlines: {
            /**
             * Format: date
             * @description Today in Europe/Sofia
             */
            today: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            items: {
                /** @description Stable per item: the same quarter of the same service keeps its key */
                key: string;
                /** @description `periodic_check`, `team_meeting`, `head_meeting`, `semiannual_analysis`, `annual_report`, `programme_review`, `document_review` (more kinds come with new sources) */
                kind: string;
                serviceId: string | null;
                title: {
                    bg: string;
                    en: string;
                    uk: string;
                };
                /**
                 * Format: date
                 * @description A calendar date in Europe/Sofia
                 */
                dueOn: string;
                /** @description `due`: within 7 days (today included); `overdue`: past and not done */
                status: "upcoming" | "due" | "overdue" | "done";
                /** @description False when the source does not record whether it was done: then it is never called overdue */
                tracked: boolean;
                /** @description A path in the web app where the work is done */
                link: string;
            }[];
        };
        Notification: {
            /** Format: uuid */
            id: string;
            itemKey: string;
            kind: string;
            reminder: "due_soon" | "overdue";
            title: {
                bg: string;
                en: string;
                uk: string;
            };
            /** Format: date */
            dueOn: string;
            link: string;
            /** Format: date-time */
            createdAt: string;
            readAt: string | null;
        };
        NotificationList: {
            unread: number;
            items: {
                /** Format: uuid */
                id: string;
                itemKey: string;
                kind: string;
                reminder: "due_soon" | "overdue";
                title: {
                    bg: string;
                    en: string;
                    uk: string;
                };
                /** Format: date */
                dueOn: string;
                link: string;
                /** Format: date-time */
                createdAt: string;
                readAt: string | null;
            }[];
        };
        CalendarFeed: {
            exists: boolean;
            createdAt: string | null;
        };
        MembershipSummary: {
            /** Format: uuid */
            membershipId: string;
            /** Format: uuid */
            tenantId: string;
            tenantName: string;
            /** @default municipality */
            tenantKind: "provider" | "municipality" | "agency";
            /** @default viewer */
            role: "admin" | "quality_lead" | "staff" | "inspector" | "viewer";
            permissions: string[];
        };
        CatalogueNode: components["schemas"]["Node"];
        "CatalogueNode-Node": {
            id: string;
            kind: "section" | "standard" | "criterion" | "indicator";
            key: string;
            title: string | null;
            statement: string | null;
            text: string | null;
            sources: string[];
            notes: string[];
            children: components["schemas"]["Node"][];
        };
        Node: {
            id: string;
            kind: "section" | "standard" | "criterion" | "indicator";
            key: string;
            title: string | null;
            statement: string | null;
            text: string | null;
            sources: string[];
            notes: string[];
            children: components["schemas"]["Node"][];
        };
        ReportSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            tenantId: string;
            /**
             * @description `semi_annual_analysis`: the analysis at least every six months (art. 25(1)); `annual_report`: the annual report (art. 26, due by 31 March)
             * @default semi_annual_analysis
             */
            kind: "semi_annual_analysis" | "annual_report";
            /** @description Null: all the provider's services */
            serviceId: string | null;
            serviceName: string | null;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            title: string;
            status: "draft" | "submitted";
            submittedAt: string | null;
            submittedByName: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        /** @description The figures assembled from the period's records (a snapshot) */
        ReportData: {
            organisation: string;
            period: {
                /** Format: date */
                start: string;
                /** Format: date */
                end: string;
            };
            services: {
                /** Format: uuid */
                id: string;
                name: string;
                annex: number | null;
                checks: {
                    /** Format: uuid */
                    id: string;
                    title: string;
                    kind: "periodic" | "self_assessment";
                    /** Format: date */
                    completedOn: string;
                    /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                    score: number | null;
                    answered: number;
                    total: number;
                }[];
                /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                score: number | null;
                scoring: string | null;
                standards: {
                    key: string;
                    title: string;
                    /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                    score: number | null;
                }[];
                weaknesses: {
                    id: string;
                    standard: string;
                    criterion: string;
                    /** @description The indicator's text, verbatim */
                    text: string;
                    result: "not_met" | "partly_met";
                    note: string | null;
                }[];
                /** @description The methods of art. 24(1) the checks used */
                methods: number[];
            }[];
            meetings: {
                team: number;
                withHead: number;
                recommendations: string[];
            };
            programme: {
                measures: number;
                done: number;
                inProgress: number;
                planned: number;
                cancelled: number;
                overdue: number;
                items: {
                    title: string;
                    category: number;
                    status: string;
                    deadline: string | null;
                }[];
            };
            feedback?: {
                responses: number;
                templates: {
                    name: string;
                    responses: number;
                    questions: {
                        label: string;
                        answers: number;
                        mean: number | null;
                        max: number;
                    }[];
                }[];
            };
            analyses: {
                /** Format: uuid */
                id: string;
                title: string;
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                status: string;
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
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organisation: {
                        /** @default Сдружение */
                        legalName: string;
                        /** @default 121212121 */
                        eik: string;
                        address?: string;
                        /**
                         * Format: email
                         * @default someone@example.org
                         */
                        contactEmail?: string;
                    };
                    admin: {
                        /** @default Име */
                        displayName: string;
                        /**
                         * Format: email
                         * @default someone@example.org
                         */
                        email: string;
                        /** @default x */
                        password: string;
                    };
                    /** @default bg */
                    locale?: "bg" | "en" | "uk";
                    /** @description A municipality's invitation link token: the organisation's ЕИК must match, and the waiting contract is proposed to it */
                    invitation?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        userId: string;
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
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default xxxxxxxxxxxx */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @default someone@example.org
                     */
                    email: string;
                    /** @default x */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        /** Format: date-time */
                        accessTokenExpiresAt: string;
                        refreshToken: string;
                        /** Format: date-time */
                        refreshTokenExpiresAt: string;
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
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        /** Format: date-time */
                        accessTokenExpiresAt: string;
                        refreshToken: string;
                        /** Format: date-time */
                        refreshTokenExpiresAt: string;
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
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    getMe: {
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
                        /** Format: uuid */
                        id: string;
                        email: string;
                        displayName: string;
                        /** @default bg */
                        locale: "bg" | "en" | "uk";
                        isOperator: boolean;
                        memberships: components["schemas"]["MembershipSummary"][];
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
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /** @default bg */
                    locale?: "bg" | "en" | "uk";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        displayName: string;
                        /** @default bg */
                        locale: "bg" | "en" | "uk";
                        isOperator: boolean;
                        memberships: components["schemas"]["MembershipSummary"][];
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
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default x */
                    currentPassword: string;
                    /** @default x */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    getTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /** @default municipality */
                        kind: "provider" | "municipality" | "agency";
                        legalName: string;
                        eik: string;
                        address: string | null;
                        contactEmail: string | null;
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
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        userId: string;
                        displayName: string;
                        email: string;
                        /** @default viewer */
                        role: "admin" | "quality_lead" | "staff" | "inspector" | "viewer";
                        /** Format: date-time */
                        since: string;
                    }[];
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
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default viewer */
                    role: "admin" | "quality_lead" | "staff" | "inspector" | "viewer";
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        email: string;
                        /** @default viewer */
                        role: "admin" | "quality_lead" | "staff" | "inspector" | "viewer";
                        /** Format: date-time */
                        expiresAt: string;
                        acceptedAt: string | null;
                        revokedAt: string | null;
                    }[];
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
    invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @default someone@example.org
                     */
                    email: string;
                    /** @default viewer */
                    role: "admin" | "quality_lead" | "staff" | "inspector" | "viewer";
                    /** @default bg */
                    locale?: "bg" | "en" | "uk";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        /** @default viewer */
                        role: "admin" | "quality_lead" | "staff" | "inspector" | "viewer";
                        /** Format: date-time */
                        expiresAt: string;
                        acceptedAt: string | null;
                        revokedAt: string | null;
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
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    readAudit: {
        parameters: {
            query?: {
                before?: number;
                limit?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
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
                        seq: number;
                        /** Format: date-time */
                        occurredAt: string;
                        actorUserId: string | null;
                        requestId: string | null;
                        entity: string;
                        entityId: string;
                        action: "insert" | "update" | "delete";
                        before: unknown;
                        after: unknown;
                        hash: string;
                    }[];
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
    verifyAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                        ok: boolean;
                        checked: number;
                        brokenAt?: {
                            seq: number;
                            reason: string;
                        };
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
    listContracts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        municipalityTenantId: string;
                        /** @description From the public tenant directory */
                        municipalityName: string;
                        /** Format: uuid */
                        providerTenantId: string;
                        /** @description From the public tenant directory */
                        providerName: string;
                        providerEik: string;
                        /** @description Null until the provider, accepting, names which of its services the contract is for */
                        serviceId: string | null;
                        /** @description The service as the municipality's contract describes it */
                        serviceDescription: string | null;
                        basis: string;
                        /** Format: date */
                        startsOn: string;
                        /** Format: date */
                        endsOn: string;
                        /** @description How the service is financed (Social Services Act): state-delegated, municipal or both */
                        funding: ("state_delegated" | "municipal" | "mixed") | null;
                        /** @description Euro a year */
                        yearlyAmountEur: number | null;
                        status: "proposed" | "active" | "declined" | "ended";
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    }[];
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
    proposeContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    providerTenantId?: string;
                    /**
                     * @description The provider’s ЕИК/БУЛСТАТ
                     * @default 000696327
                     */
                    providerEik?: string;
                    serviceId?: string | null;
                    serviceDescription?: string | null;
                    /** @default Договор */
                    basis: string;
                    /**
                     * Format: date
                     * @default 2026-01-01
                     */
                    startsOn: string;
                    /**
                     * Format: date
                     * @default 2026-12-31
                     */
                    endsOn: string;
                    /**
                     * @description How the service is financed; null when not stated
                     * @enum {string|null}
                     */
                    funding?: "state_delegated" | "municipal" | "mixed" | null;
                    /** @description The contract’s yearly amount in euro, at most two decimals; null when not stated */
                    yearlyAmountEur?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        municipalityTenantId: string;
                        /** @description From the public tenant directory */
                        municipalityName: string;
                        /** Format: uuid */
                        providerTenantId: string;
                        /** @description From the public tenant directory */
                        providerName: string;
                        providerEik: string;
                        /** @description Null until the provider, accepting, names which of its services the contract is for */
                        serviceId: string | null;
                        /** @description The service as the municipality's contract describes it */
                        serviceDescription: string | null;
                        basis: string;
                        /** Format: date */
                        startsOn: string;
                        /** Format: date */
                        endsOn: string;
                        /** @description How the service is financed (Social Services Act): state-delegated, municipal or both */
                        funding: ("state_delegated" | "municipal" | "mixed") | null;
                        /** @description Euro a year */
                        yearlyAmountEur: number | null;
                        status: "proposed" | "active" | "declined" | "ended";
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
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
    decideContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default accept */
                    decision: "accept" | "decline" | "end";
                    /** Format: uuid */
                    serviceId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        municipalityTenantId: string;
                        /** @description From the public tenant directory */
                        municipalityName: string;
                        /** Format: uuid */
                        providerTenantId: string;
                        /** @description From the public tenant directory */
                        providerName: string;
                        providerEik: string;
                        /** @description Null until the provider, accepting, names which of its services the contract is for */
                        serviceId: string | null;
                        /** @description The service as the municipality's contract describes it */
                        serviceDescription: string | null;
                        basis: string;
                        /** Format: date */
                        startsOn: string;
                        /** Format: date */
                        endsOn: string;
                        /** @description How the service is financed (Social Services Act): state-delegated, municipal or both */
                        funding: ("state_delegated" | "municipal" | "mixed") | null;
                        /** @description Euro a year */
                        yearlyAmountEur: number | null;
                        status: "proposed" | "active" | "declined" | "ended";
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
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
    previewInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
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
                        tenantName: string;
                        /** @default viewer */
                        role: "admin" | "quality_lead" | "staff" | "inspector" | "viewer";
                        email: string;
                        /** Format: date-time */
                        expiresAt: string;
                        accountExists: boolean;
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
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /** @default x */
                    password?: string;
                    /** @default bg */
                    locale?: "bg" | "en" | "uk";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        tenantId: string;
                        /** Format: uuid */
                        membershipId: string;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        /** Format: date-time */
                        accessTokenExpiresAt: string;
                        refreshToken: string;
                        /** Format: date-time */
                        refreshTokenExpiresAt: string;
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
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default municipality */
                    kind: "provider" | "municipality" | "agency";
                    /** @default Община */
                    legalName: string;
                    /** @default 000696327 */
                    eik: string;
                    address?: string;
                    /**
                     * Format: email
                     * @default someone@example.org
                     */
                    contactEmail?: string;
                    /**
                     * Format: email
                     * @default someone@example.org
                     */
                    adminEmail?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @default municipality */
                        kind: "provider" | "municipality" | "agency";
                        legalName: string;
                        eik: string;
                        address: string | null;
                        contactEmail: string | null;
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
    listProviderInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        providerEik: string;
                        email: string;
                        serviceDescription: string;
                        basis: string;
                        /** Format: date */
                        startsOn: string;
                        /** Format: date */
                        endsOn: string;
                        funding: ("state_delegated" | "municipal" | "mixed") | null;
                        yearlyAmountEur: number | null;
                        /** @description pending: waiting for the provider to sign up; used: the contract was proposed to it */
                        status: "pending" | "used" | "cancelled";
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        sentAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        /** @description Pending, but the link has expired: send it again */
                        expired: boolean;
                        usedAt: string | null;
                        providerTenantId: string | null;
                        /** @description The contract proposed at sign-up */
                        contractId: string | null;
                        /** @description Send it back to resend or cancel: a stale version is a 409 */
                        version: number;
                    }[];
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
    inviteProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The provider’s ЕИК/БУЛСТАТ; it must sign up with the same one
                     * @default 121212121
                     */
                    providerEik: string;
                    /**
                     * Format: email
                     * @default someone@example.org
                     */
                    email: string;
                    /** @default Услуга */
                    serviceDescription: string;
                    /** @default Договор */
                    basis: string;
                    /**
                     * Format: date
                     * @default 2026-01-01
                     */
                    startsOn: string;
                    /**
                     * Format: date
                     * @default 2026-12-31
                     */
                    endsOn: string;
                    /**
                     * @description How the service is financed; null when not stated
                     * @enum {string|null}
                     */
                    funding?: "state_delegated" | "municipal" | "mixed" | null;
                    /** @description The contract’s yearly amount in euro, at most two decimals; null when not stated */
                    yearlyAmountEur?: number | null;
                    /** @default bg */
                    locale?: "bg" | "en" | "uk";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        providerEik: string;
                        email: string;
                        serviceDescription: string;
                        basis: string;
                        /** Format: date */
                        startsOn: string;
                        /** Format: date */
                        endsOn: string;
                        funding: ("state_delegated" | "municipal" | "mixed") | null;
                        yearlyAmountEur: number | null;
                        /** @description pending: waiting for the provider to sign up; used: the contract was proposed to it */
                        status: "pending" | "used" | "cancelled";
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        sentAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        /** @description Pending, but the link has expired: send it again */
                        expired: boolean;
                        usedAt: string | null;
                        providerTenantId: string | null;
                        /** @description The contract proposed at sign-up */
                        contractId: string | null;
                        /** @description Send it back to resend or cancel: a stale version is a 409 */
                        version: number;
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
    resendProviderInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                providerInvitationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    version: number;
                    /** @default bg */
                    locale?: "bg" | "en" | "uk";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        providerEik: string;
                        email: string;
                        serviceDescription: string;
                        basis: string;
                        /** Format: date */
                        startsOn: string;
                        /** Format: date */
                        endsOn: string;
                        funding: ("state_delegated" | "municipal" | "mixed") | null;
                        yearlyAmountEur: number | null;
                        /** @description pending: waiting for the provider to sign up; used: the contract was proposed to it */
                        status: "pending" | "used" | "cancelled";
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        sentAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        /** @description Pending, but the link has expired: send it again */
                        expired: boolean;
                        usedAt: string | null;
                        providerTenantId: string | null;
                        /** @description The contract proposed at sign-up */
                        contractId: string | null;
                        /** @description Send it back to resend or cancel: a stale version is a 409 */
                        version: number;
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
    cancelProviderInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                providerInvitationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    version: number;
                    /** @default bg */
                    locale?: "bg" | "en" | "uk";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        providerEik: string;
                        email: string;
                        serviceDescription: string;
                        basis: string;
                        /** Format: date */
                        startsOn: string;
                        /** Format: date */
                        endsOn: string;
                        funding: ("state_delegated" | "municipal" | "mixed") | null;
                        yearlyAmountEur: number | null;
                        /** @description pending: waiting for the provider to sign up; used: the contract was proposed to it */
                        status: "pending" | "used" | "cancelled";
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        sentAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        /** @description Pending, but the link has expired: send it again */
                        expired: boolean;
                        usedAt: string | null;
                        providerTenantId: string | null;
                        /** @description The contract proposed at sign-up */
                        contractId: string | null;
                        /** @description Send it back to resend or cancel: a stale version is a 409 */
                        version: number;
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
    previewProviderInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
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
                        municipalityName: string;
                        /** @description The ЕИК the organisation must sign up with */
                        providerEik: string;
                        email: string;
                        serviceDescription: string;
                        /** Format: date-time */
                        expiresAt: string;
                        accountExists: boolean;
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
    evaluateRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pluginCode: string;
                variantKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    capacity?: number | null;
                    currentUsers?: number | null;
                    staffCount?: number | null;
                    positionsPlanned?: number | null;
                    positionsFilled?: number | null;
                    durationMonths?: number | null;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rule: string;
                        status: "pass" | "fail" | "warning";
                        message: {
                            bg: string;
                            en: string;
                            uk: string;
                        };
                        /** @description The indicator or footnote the rule comes from */
                        source: string;
                    }[];
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
    listServiceTypes: {
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
                        code: string;
                        name: {
                            bg: string;
                            en: string;
                            uk: string;
                        };
                        variants: {
                            key: string;
                            /** @description The plugin's short name for the variant (the annex title is in `title`) */
                            name: {
                                bg: string;
                                en: string;
                                uk: string;
                            } | null;
                            annex: number;
                            code: string;
                            title: string;
                            /** Format: uuid */
                            versionId: string;
                            /** Format: date */
                            effectiveFrom: string;
                            itemCount: number;
                        }[];
                    }[];
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
    getVariantCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pluginCode: string;
                variantKey: string;
            };
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
                        version: {
                            key: string;
                            /** @description The plugin's short name for the variant (the annex title is in `title`) */
                            name: {
                                bg: string;
                                en: string;
                                uk: string;
                            } | null;
                            annex: number;
                            code: string;
                            title: string;
                            /** Format: uuid */
                            versionId: string;
                            /** Format: date */
                            effectiveFrom: string;
                            itemCount: number;
                        };
                        sections: components["schemas"]["CatalogueNode"][];
                        /** @description The plugin's rules for this variant, with the text each comes from */
                        rules: {
                            id: string;
                            /** @description The Ordinance’s text the rule implements, verbatim */
                            text: string;
                            /** @description The indicator (or annex) it stands in */
                            source: string;
                        }[];
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
    getCatalogueItem: {
        parameters: {
            query: {
                /** @description e.g. bg-2022/a02/s1/c1.1/i1 */
                id: string;
            };
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
                        pluginCode: string;
                        variantKey: string;
                        item: {
                            id: string;
                            kind: "section" | "standard" | "criterion" | "indicator";
                            key: string;
                            text: string | null;
                            sources: string[];
                            notes: string[];
                        };
                        ancestors: {
                            id: string;
                            kind: "section" | "standard" | "criterion" | "indicator";
                            key: string;
                            title: string | null;
                            statement: string | null;
                        }[];
                    }[];
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
    searchCatalogue: {
        parameters: {
            query: {
                q: string;
                plugin?: string;
                limit?: number;
            };
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
                        id: string;
                        kind: "section" | "standard" | "criterion" | "indicator";
                        pluginCode: string;
                        variantKey: string;
                        annex: number;
                        text: string;
                        score: number;
                    }[];
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
    listLegacyCentres: {
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
                        /** @description e.g. bg-2022-p1-11 (§ 1, al. 11) */
                        key: string;
                        basis: string;
                        name: {
                            bg: string;
                            en: string;
                            uk: string;
                        };
                        /** @description The provision, verbatim */
                        text: string;
                        services: {
                            pluginCode: string;
                            variantKey: string;
                            /** @description `therapy-only`: only the therapy standards of the variant apply ("само стандартите за терапия") */
                            scope: "full" | "therapy-only";
                            /** @description The Ordinance's list item, verbatim */
                            item: string;
                            /** @description Other variants by target group */
                            alternatives?: string[];
                        }[];
                        /** @description Standards that apply only when the condition quoted in `text` holds */
                        conditional: {
                            pluginCode: string;
                            variantKey: string;
                            basis: string;
                            text: string;
                        }[];
                    }[];
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
    getLegacyCentre: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
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
                        /** @description e.g. bg-2022-p1-11 (§ 1, al. 11) */
                        key: string;
                        basis: string;
                        name: {
                            bg: string;
                            en: string;
                            uk: string;
                        };
                        /** @description The provision, verbatim */
                        text: string;
                        services: {
                            pluginCode: string;
                            variantKey: string;
                            /** @description `therapy-only`: only the therapy standards of the variant apply ("само стандартите за терапия") */
                            scope: "full" | "therapy-only";
                            /** @description The Ordinance's list item, verbatim */
                            item: string;
                            /** @description Other variants by target group */
                            alternatives?: string[];
                        }[];
                        /** @description Standards that apply only when the condition quoted in `text` holds */
                        conditional: {
                            pluginCode: string;
                            variantKey: string;
                            basis: string;
                            text: string;
                        }[];
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
    listServices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        tenantId: string;
                        name: string;
                        pluginCode: string;
                        variantKey: string;
                        legacyCentreType: string | null;
                        address: string | null;
                        municipality: string | null;
                        capacity: number | null;
                        currentUsers: number | null;
                        financing: ("state_delegated" | "municipal" | "own") | null;
                        startedOn: string | null;
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
                        /** @description The plugin's rules evaluated on this service's facts (capacity, users, staffing) */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                    }[];
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
    createService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default Център за обществена подкрепа */
                    name: string;
                    /** @default ik */
                    pluginCode: string;
                    /** @default specialised */
                    variantKey: string;
                    legacyCentreType?: string | null;
                    address?: string | null;
                    municipality?: string | null;
                    capacity?: number | null;
                    currentUsers?: number | null;
                    financing?: ("state_delegated" | "municipal" | "own") | null;
                    startedOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        tenantId: string;
                        name: string;
                        pluginCode: string;
                        variantKey: string;
                        legacyCentreType: string | null;
                        address: string | null;
                        municipality: string | null;
                        capacity: number | null;
                        currentUsers: number | null;
                        financing: ("state_delegated" | "municipal" | "own") | null;
                        startedOn: string | null;
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
                        /** @description The plugin's rules evaluated on this service's facts (capacity, users, staffing) */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
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
    getService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                serviceId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        tenantId: string;
                        name: string;
                        pluginCode: string;
                        variantKey: string;
                        legacyCentreType: string | null;
                        address: string | null;
                        municipality: string | null;
                        capacity: number | null;
                        currentUsers: number | null;
                        financing: ("state_delegated" | "municipal" | "own") | null;
                        startedOn: string | null;
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
                        /** @description The plugin's rules evaluated on this service's facts (capacity, users, staffing) */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
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
    deleteService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    updateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    version: number;
                    /** @default Център за обществена подкрепа */
                    name?: string;
                    /** @default ik */
                    pluginCode?: string;
                    /** @default specialised */
                    variantKey?: string;
                    legacyCentreType?: string | null;
                    address?: string | null;
                    municipality?: string | null;
                    capacity?: number | null;
                    currentUsers?: number | null;
                    financing?: ("state_delegated" | "municipal" | "own") | null;
                    startedOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        tenantId: string;
                        name: string;
                        pluginCode: string;
                        variantKey: string;
                        legacyCentreType: string | null;
                        address: string | null;
                        municipality: string | null;
                        capacity: number | null;
                        currentUsers: number | null;
                        financing: ("state_delegated" | "municipal" | "own") | null;
                        startedOn: string | null;
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
                        /** @description The plugin's rules evaluated on this service's facts (capacity, users, staffing) */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
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
    registerLegacyCentre: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default bg-2022-p1-11 */
                    legacyCentreType: string;
                    /** @default Център за обществена подкрепа */
                    name: string;
                    /** @description Conditional standards that apply (`plugin/variant`), e.g. `behaviour-support/add-on` */
                    include?: string[];
                    address?: string | null;
                    municipality?: string | null;
                    financing?: ("state_delegated" | "municipal" | "own") | null;
                    startedOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        tenantId: string;
                        name: string;
                        pluginCode: string;
                        variantKey: string;
                        legacyCentreType: string | null;
                        address: string | null;
                        municipality: string | null;
                        capacity: number | null;
                        currentUsers: number | null;
                        financing: ("state_delegated" | "municipal" | "own") | null;
                        startedOn: string | null;
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
                        /** @description The plugin's rules evaluated on this service's facts (capacity, users, staffing) */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                    }[];
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
    listOversight: {
        parameters: {
            query?: {
                pluginCode?: string;
                providerTenantId?: string;
                status?: "attention" | "ok";
                /** @description address: by settlement (the service’s municipality), then address — a list by address */
                sort?: "name" | "address";
            };
            header?: never;
            path: {
                tenantId: string;
            };
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
                        /** Format: uuid */
                        serviceId: string;
                        serviceName: string;
                        /** Format: uuid */
                        providerTenantId: string;
                        providerName: string;
                        providerEik: string;
                        pluginCode: string;
                        variantKey: string;
                        /** @description The plugin's name and the annex title, in the request's language */
                        serviceType: string;
                        address: string | null;
                        municipality: string | null;
                        capacity: number | null;
                        currentUsers: number | null;
                        contractBasis: string;
                        /** Format: date */
                        contractEndsOn: string;
                        rulesFailed: number;
                        rulesUnknown: number;
                        rulesPassed: number;
                        /** @description Messages of the rules not met */
                        failedRules: string[];
                        /** @description The provider's latest completed check of the service */
                        latestCheckOn: string | null;
                        /** @description That check's score (percent) */
                        latestScore: number | null;
                        /** @description When the latest semi-annual analysis (art. 25(1)) was submitted */
                        lastAnalysisOn: string | null;
                        /** @description No submitted analysis covers the half-year that ended last while the contract was in force */
                        analysisOverdue: boolean;
                        /** @description When the oldest programme still waiting for this municipality’s decision was submitted */
                        programmeWaitingSince: string | null;
                        /** @description A submitted programme has waited more than 30 days for the municipality’s decision */
                        programmeNotReviewed: boolean;
                        /** @description When the municipality last agreed a programme of the service or asked for changes */
                        lastProgrammeDecisionOn: string | null;
                    }[];
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
    exportOversight: {
        parameters: {
            query: {
                pluginCode?: string;
                providerTenantId?: string;
                status?: "attention" | "ok";
                /** @description address: by settlement (the service’s municipality), then address — a list by address */
                sort?: "name" | "address";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv (UTF-8 with BOM) or an XLSX workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
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
    listMeetings: {
        parameters: {
            query?: {
                year?: number;
                serviceId?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
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
                        year: number;
                        serviceId: string | null;
                        /** @description Past months without a meeting, counted per kind */
                        missing: number;
                        months: {
                            month: string;
                            team: {
                                count: number;
                                /** @description `missing`: a past month without one; `due`: this month, none yet */
                                status: "held" | "missing" | "due" | "upcoming";
                            };
                            withHead: {
                                count: number;
                                /** @description `missing`: a past month without one; `due`: this month, none yet */
                                status: "held" | "missing" | "due" | "upcoming";
                            };
                        }[];
                        meetings: {
                            /** Format: uuid */
                            id: string;
                            serviceId: string | null;
                            /**
                             * @description `team`: the monthly team meeting (art. 24(1) 3); `with_head`: with the service's head (art. 24(1) 4)
                             * @default team
                             */
                            kind: "team" | "with_head";
                            /** Format: date */
                            heldOn: string;
                            participantsCount: number;
                            participants: string | null;
                            topics: string;
                            conclusions: string | null;
                            recommendations: {
                                /** Format: uuid */
                                id: string;
                                position: number;
                                text: string;
                                /** @description The programme measure it became, if any */
                                measureId: string | null;
                                programmeId: string | null;
                            }[];
                            /** @description Send it back when saving: a stale version is refused with 409. */
                            version: number;
                        }[];
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
    createMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description One of the tenant's services; null: all services */
                    serviceId?: string | null;
                    /**
                     * @description `team`: the monthly team meeting (art. 24(1) 3); `with_head`: with the service's head (art. 24(1) 4)
                     * @default team
                     */
                    kind: "team" | "with_head";
                    /**
                     * Format: date
                     * @default 2026-01-15
                     */
                    heldOn: string;
                    /** @default 5 */
                    participantsCount: number;
                    /** @description Staff who took part (optional). Never the names of the service's users. */
                    participants?: string | null;
                    /** @default Оценка на качеството за месеца */
                    topics: string;
                    conclusions?: string | null;
                    recommendations?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        serviceId: string | null;
                        /**
                         * @description `team`: the monthly team meeting (art. 24(1) 3); `with_head`: with the service's head (art. 24(1) 4)
                         * @default team
                         */
                        kind: "team" | "with_head";
                        /** Format: date */
                        heldOn: string;
                        participantsCount: number;
                        participants: string | null;
                        topics: string;
                        conclusions: string | null;
                        recommendations: {
                            /** Format: uuid */
                            id: string;
                            position: number;
                            text: string;
                            /** @description The programme measure it became, if any */
                            measureId: string | null;
                            programmeId: string | null;
                        }[];
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
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
    getMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                meetingId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        serviceId: string | null;
                        /**
                         * @description `team`: the monthly team meeting (art. 24(1) 3); `with_head`: with the service's head (art. 24(1) 4)
                         * @default team
                         */
                        kind: "team" | "with_head";
                        /** Format: date */
                        heldOn: string;
                        participantsCount: number;
                        participants: string | null;
                        topics: string;
                        conclusions: string | null;
                        recommendations: {
                            /** Format: uuid */
                            id: string;
                            position: number;
                            text: string;
                            /** @description The programme measure it became, if any */
                            measureId: string | null;
                            programmeId: string | null;
                        }[];
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
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
    deleteMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    updateMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    version: number;
                    /** @description One of the tenant's services; null: all services */
                    serviceId?: string | null;
                    /**
                     * @description `team`: the monthly team meeting (art. 24(1) 3); `with_head`: with the service's head (art. 24(1) 4)
                     * @default team
                     */
                    kind?: "team" | "with_head";
                    /**
                     * Format: date
                     * @default 2026-01-15
                     */
                    heldOn?: string;
                    /** @default 5 */
                    participantsCount?: number;
                    /** @description Staff who took part (optional). Never the names of the service's users. */
                    participants?: string | null;
                    /** @default Оценка на качеството за месеца */
                    topics?: string;
                    conclusions?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        serviceId: string | null;
                        /**
                         * @description `team`: the monthly team meeting (art. 24(1) 3); `with_head`: with the service's head (art. 24(1) 4)
                         * @default team
                         */
                        kind: "team" | "with_head";
                        /** Format: date */
                        heldOn: string;
                        participantsCount: number;
                        participants: string | null;
                        topics: string;
                        conclusions: string | null;
                        recommendations: {
                            /** Format: uuid */
                            id: string;
                            position: number;
                            text: string;
                            /** @description The programme measure it became, if any */
                            measureId: string | null;
                            programmeId: string | null;
                        }[];
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
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
    addMeetingRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default Да се въведе график */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        serviceId: string | null;
                        /**
                         * @description `team`: the monthly team meeting (art. 24(1) 3); `with_head`: with the service's head (art. 24(1) 4)
                         * @default team
                         */
                        kind: "team" | "with_head";
                        /** Format: date */
                        heldOn: string;
                        participantsCount: number;
                        participants: string | null;
                        topics: string;
                        conclusions: string | null;
                        recommendations: {
                            /** Format: uuid */
                            id: string;
                            position: number;
                            text: string;
                            /** @description The programme measure it became, if any */
                            measureId: string | null;
                            programmeId: string | null;
                        }[];
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
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
    deleteMeetingRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                meetingId: string;
                recommendationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    listProgrammeCategories: {
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
                        /** @description art. 19, item 1–9 */
                        number: number;
                        text: {
                            bg: string;
                            en: string;
                            uk: string;
                        };
                        short: {
                            bg: string;
                            en: string;
                            uk: string;
                        };
                    }[];
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
    listProgrammes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        serviceId: string | null;
                        title: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        /** @description draft → submitted → agreed | changes_requested (art. 16(2), 20(2)) */
                        status: "draft" | "submitted" | "agreed" | "changes_requested";
                        submittedAt: string | null;
                        decidedAt: string | null;
                        measures: {
                            planned: number;
                            inProgress: number;
                            done: number;
                            cancelled: number;
                            /** @description Past their deadline and neither done nor cancelled */
                            overdue: number;
                        };
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
                    }[];
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
    createProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default Програма за развитие на качеството 2026 */
                    title: string;
                    /** @description One of the tenant's services; null: all of them */
                    serviceId?: string | null;
                    /**
                     * Format: date
                     * @default 2026-01-01
                     */
                    periodStart: string;
                    /**
                     * Format: date
                     * @default 2026-12-31
                     */
                    periodEnd: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        serviceId: string | null;
                        title: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        /** @description draft → submitted → agreed | changes_requested (art. 16(2), 20(2)) */
                        status: "draft" | "submitted" | "agreed" | "changes_requested";
                        submittedAt: string | null;
                        decidedAt: string | null;
                        measures: {
                            planned: number;
                            inProgress: number;
                            done: number;
                            cancelled: number;
                            /** @description Past their deadline and neither done nor cancelled */
                            overdue: number;
                        };
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
                        submittedByName: string | null;
                        municipalityTenantId: string | null;
                        municipalityName: string | null;
                        contractId: string | null;
                        /** @description The municipality's note with its decision */
                        decisionNote: string | null;
                        /** @description The contract in force for the service: when set, the programme is agreed with the mayor */
                        commissionedBy: {
                            /** Format: uuid */
                            contractId: string;
                            municipalityName: string;
                            basis: string;
                        } | null;
                        measureList: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            programmeId: string;
                            category: number;
                            title: string;
                            description: string | null;
                            /** @description The finding the measure answers */
                            finding: string | null;
                            recommendation: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** Format: uuid */
                                meetingId: string;
                                meetingKind: "team" | "with_head";
                                /** Format: date */
                                meetingHeldOn: string;
                            } | null;
                            indicatorId: string | null;
                            responsibleUserId: string | null;
                            responsibleName: string | null;
                            /** @description False once the person has left the organisation */
                            responsibleIsMember: boolean;
                            deadline: string | null;
                            /** @default in_progress */
                            status: "planned" | "in_progress" | "done" | "cancelled";
                            progressNote: string | null;
                            completedOn: string | null;
                            overdue: boolean;
                            version: number;
                        }[];
                        reviews: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            reviewedOn: string;
                            participants: string;
                            usersConsulted: boolean;
                            conclusions: string;
                            carriedOverMeasureIds: string[];
                            recordedBy: string | null;
                            version: number;
                        }[];
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
    getProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        serviceId: string | null;
                        title: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        /** @description draft → submitted → agreed | changes_requested (art. 16(2), 20(2)) */
                        status: "draft" | "submitted" | "agreed" | "changes_requested";
                        submittedAt: string | null;
                        decidedAt: string | null;
                        measures: {
                            planned: number;
                            inProgress: number;
                            done: number;
                            cancelled: number;
                            /** @description Past their deadline and neither done nor cancelled */
                            overdue: number;
                        };
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
                        submittedByName: string | null;
                        municipalityTenantId: string | null;
                        municipalityName: string | null;
                        contractId: string | null;
                        /** @description The municipality's note with its decision */
                        decisionNote: string | null;
                        /** @description The contract in force for the service: when set, the programme is agreed with the mayor */
                        commissionedBy: {
                            /** Format: uuid */
                            contractId: string;
                            municipalityName: string;
                            basis: string;
                        } | null;
                        measureList: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            programmeId: string;
                            category: number;
                            title: string;
                            description: string | null;
                            /** @description The finding the measure answers */
                            finding: string | null;
                            recommendation: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** Format: uuid */
                                meetingId: string;
                                meetingKind: "team" | "with_head";
                                /** Format: date */
                                meetingHeldOn: string;
                            } | null;
                            indicatorId: string | null;
                            responsibleUserId: string | null;
                            responsibleName: string | null;
                            /** @description False once the person has left the organisation */
                            responsibleIsMember: boolean;
                            deadline: string | null;
                            /** @default in_progress */
                            status: "planned" | "in_progress" | "done" | "cancelled";
                            progressNote: string | null;
                            completedOn: string | null;
                            overdue: boolean;
                            version: number;
                        }[];
                        reviews: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            reviewedOn: string;
                            participants: string;
                            usersConsulted: boolean;
                            conclusions: string;
                            carriedOverMeasureIds: string[];
                            recordedBy: string | null;
                            version: number;
                        }[];
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
    deleteProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    updateProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    version: number;
                    /** @default Програма за развитие на качеството 2026 */
                    title?: string;
                    /** @description One of the tenant's services; null: all of them */
                    serviceId?: string | null;
                    /**
                     * Format: date
                     * @default 2026-01-01
                     */
                    periodStart?: string;
                    /**
                     * Format: date
                     * @default 2026-12-31
                     */
                    periodEnd?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        serviceId: string | null;
                        title: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        /** @description draft → submitted → agreed | changes_requested (art. 16(2), 20(2)) */
                        status: "draft" | "submitted" | "agreed" | "changes_requested";
                        submittedAt: string | null;
                        decidedAt: string | null;
                        measures: {
                            planned: number;
                            inProgress: number;
                            done: number;
                            cancelled: number;
                            /** @description Past their deadline and neither done nor cancelled */
                            overdue: number;
                        };
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
                        submittedByName: string | null;
                        municipalityTenantId: string | null;
                        municipalityName: string | null;
                        contractId: string | null;
                        /** @description The municipality's note with its decision */
                        decisionNote: string | null;
                        /** @description The contract in force for the service: when set, the programme is agreed with the mayor */
                        commissionedBy: {
                            /** Format: uuid */
                            contractId: string;
                            municipalityName: string;
                            basis: string;
                        } | null;
                        measureList: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            programmeId: string;
                            category: number;
                            title: string;
                            description: string | null;
                            /** @description The finding the measure answers */
                            finding: string | null;
                            recommendation: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** Format: uuid */
                                meetingId: string;
                                meetingKind: "team" | "with_head";
                                /** Format: date */
                                meetingHeldOn: string;
                            } | null;
                            indicatorId: string | null;
                            responsibleUserId: string | null;
                            responsibleName: string | null;
                            /** @description False once the person has left the organisation */
                            responsibleIsMember: boolean;
                            deadline: string | null;
                            /** @default in_progress */
                            status: "planned" | "in_progress" | "done" | "cancelled";
                            progressNote: string | null;
                            completedOn: string | null;
                            overdue: boolean;
                            version: number;
                        }[];
                        reviews: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            reviewedOn: string;
                            participants: string;
                            usersConsulted: boolean;
                            conclusions: string;
                            carriedOverMeasureIds: string[];
                            recordedBy: string | null;
                            version: number;
                        }[];
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
    submitProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        serviceId: string | null;
                        title: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        /** @description draft → submitted → agreed | changes_requested (art. 16(2), 20(2)) */
                        status: "draft" | "submitted" | "agreed" | "changes_requested";
                        submittedAt: string | null;
                        decidedAt: string | null;
                        measures: {
                            planned: number;
                            inProgress: number;
                            done: number;
                            cancelled: number;
                            /** @description Past their deadline and neither done nor cancelled */
                            overdue: number;
                        };
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
                        submittedByName: string | null;
                        municipalityTenantId: string | null;
                        municipalityName: string | null;
                        contractId: string | null;
                        /** @description The municipality's note with its decision */
                        decisionNote: string | null;
                        /** @description The contract in force for the service: when set, the programme is agreed with the mayor */
                        commissionedBy: {
                            /** Format: uuid */
                            contractId: string;
                            municipalityName: string;
                            basis: string;
                        } | null;
                        measureList: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            programmeId: string;
                            category: number;
                            title: string;
                            description: string | null;
                            /** @description The finding the measure answers */
                            finding: string | null;
                            recommendation: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** Format: uuid */
                                meetingId: string;
                                meetingKind: "team" | "with_head";
                                /** Format: date */
                                meetingHeldOn: string;
                            } | null;
                            indicatorId: string | null;
                            responsibleUserId: string | null;
                            responsibleName: string | null;
                            /** @description False once the person has left the organisation */
                            responsibleIsMember: boolean;
                            deadline: string | null;
                            /** @default in_progress */
                            status: "planned" | "in_progress" | "done" | "cancelled";
                            progressNote: string | null;
                            completedOn: string | null;
                            overdue: boolean;
                            version: number;
                        }[];
                        reviews: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            reviewedOn: string;
                            participants: string;
                            usersConsulted: boolean;
                            conclusions: string;
                            carriedOverMeasureIds: string[];
                            recordedBy: string | null;
                            version: number;
                        }[];
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
    reopenProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        serviceId: string | null;
                        title: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        /** @description draft → submitted → agreed | changes_requested (art. 16(2), 20(2)) */
                        status: "draft" | "submitted" | "agreed" | "changes_requested";
                        submittedAt: string | null;
                        decidedAt: string | null;
                        measures: {
                            planned: number;
                            inProgress: number;
                            done: number;
                            cancelled: number;
                            /** @description Past their deadline and neither done nor cancelled */
                            overdue: number;
                        };
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
                        submittedByName: string | null;
                        municipalityTenantId: string | null;
                        municipalityName: string | null;
                        contractId: string | null;
                        /** @description The municipality's note with its decision */
                        decisionNote: string | null;
                        /** @description The contract in force for the service: when set, the programme is agreed with the mayor */
                        commissionedBy: {
                            /** Format: uuid */
                            contractId: string;
                            municipalityName: string;
                            basis: string;
                        } | null;
                        measureList: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            programmeId: string;
                            category: number;
                            title: string;
                            description: string | null;
                            /** @description The finding the measure answers */
                            finding: string | null;
                            recommendation: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** Format: uuid */
                                meetingId: string;
                                meetingKind: "team" | "with_head";
                                /** Format: date */
                                meetingHeldOn: string;
                            } | null;
                            indicatorId: string | null;
                            responsibleUserId: string | null;
                            responsibleName: string | null;
                            /** @description False once the person has left the organisation */
                            responsibleIsMember: boolean;
                            deadline: string | null;
                            /** @default in_progress */
                            status: "planned" | "in_progress" | "done" | "cancelled";
                            progressNote: string | null;
                            completedOn: string | null;
                            overdue: boolean;
                            version: number;
                        }[];
                        reviews: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            reviewedOn: string;
                            participants: string;
                            usersConsulted: boolean;
                            conclusions: string;
                            carriedOverMeasureIds: string[];
                            recordedBy: string | null;
                            version: number;
                        }[];
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
    createMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description art. 19, item 1–9
                     * @default 4
                     */
                    category: number;
                    /** @default Супервизия на екипа */
                    title: string;
                    description?: string | null;
                    finding?: string | null;
                    /** @description The meeting recommendation the measure answers */
                    recommendationId?: string | null;
                    /**
                     * @description A catalogue indicator, e.g. `bg-2022/a02/s1/c1.1/i1`
                     * @default null
                     */
                    indicatorId?: string | null;
                    /**
                     * @description A member of the organisation (their user id)
                     * @default null
                     */
                    responsibleUserId?: string | null;
                    deadline?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        programmeId: string;
                        category: number;
                        title: string;
                        description: string | null;
                        /** @description The finding the measure answers */
                        finding: string | null;
                        recommendation: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** Format: uuid */
                            meetingId: string;
                            meetingKind: "team" | "with_head";
                            /** Format: date */
                            meetingHeldOn: string;
                        } | null;
                        indicatorId: string | null;
                        responsibleUserId: string | null;
                        responsibleName: string | null;
                        /** @description False once the person has left the organisation */
                        responsibleIsMember: boolean;
                        deadline: string | null;
                        /** @default in_progress */
                        status: "planned" | "in_progress" | "done" | "cancelled";
                        progressNote: string | null;
                        completedOn: string | null;
                        overdue: boolean;
                        version: number;
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
    deleteMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
                measureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    updateMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
                measureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    version: number;
                    /**
                     * @description art. 19, item 1–9
                     * @default 4
                     */
                    category?: number;
                    /** @default Супервизия на екипа */
                    title?: string;
                    description?: string | null;
                    finding?: string | null;
                    /** @description The meeting recommendation the measure answers */
                    recommendationId?: string | null;
                    /**
                     * @description A catalogue indicator, e.g. `bg-2022/a02/s1/c1.1/i1`
                     * @default null
                     */
                    indicatorId?: string | null;
                    /**
                     * @description A member of the organisation (their user id)
                     * @default null
                     */
                    responsibleUserId?: string | null;
                    deadline?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        programmeId: string;
                        category: number;
                        title: string;
                        description: string | null;
                        /** @description The finding the measure answers */
                        finding: string | null;
                        recommendation: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** Format: uuid */
                            meetingId: string;
                            meetingKind: "team" | "with_head";
                            /** Format: date */
                            meetingHeldOn: string;
                        } | null;
                        indicatorId: string | null;
                        responsibleUserId: string | null;
                        responsibleName: string | null;
                        /** @description False once the person has left the organisation */
                        responsibleIsMember: boolean;
                        deadline: string | null;
                        /** @default in_progress */
                        status: "planned" | "in_progress" | "done" | "cancelled";
                        progressNote: string | null;
                        completedOn: string | null;
                        overdue: boolean;
                        version: number;
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
    recordMeasureProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
                measureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    version: number;
                    /** @default in_progress */
                    status: "planned" | "in_progress" | "done" | "cancelled";
                    progressNote?: string | null;
                    /**
                     * @description When done; today if not given
                     * @default null
                     */
                    completedOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        programmeId: string;
                        category: number;
                        title: string;
                        description: string | null;
                        /** @description The finding the measure answers */
                        finding: string | null;
                        recommendation: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            /** Format: uuid */
                            meetingId: string;
                            meetingKind: "team" | "with_head";
                            /** Format: date */
                            meetingHeldOn: string;
                        } | null;
                        indicatorId: string | null;
                        responsibleUserId: string | null;
                        responsibleName: string | null;
                        /** @description False once the person has left the organisation */
                        responsibleIsMember: boolean;
                        deadline: string | null;
                        /** @default in_progress */
                        status: "planned" | "in_progress" | "done" | "cancelled";
                        progressNote: string | null;
                        completedOn: string | null;
                        overdue: boolean;
                        version: number;
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
    createProgrammeReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @default 2026-01-20
                     */
                    reviewedOn: string;
                    /** @default Екипът и ръководителят */
                    participants: string;
                    /** @description Users and their families took part (art. 17(2), 24(1) 5) */
                    usersConsulted?: boolean;
                    /** @default Изпълнени са 4 от 5 мерки */
                    conclusions: string;
                    /** @description Unfinished measures carried into the next period */
                    carriedOverMeasureIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        serviceId: string | null;
                        title: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        /** @description draft → submitted → agreed | changes_requested (art. 16(2), 20(2)) */
                        status: "draft" | "submitted" | "agreed" | "changes_requested";
                        submittedAt: string | null;
                        decidedAt: string | null;
                        measures: {
                            planned: number;
                            inProgress: number;
                            done: number;
                            cancelled: number;
                            /** @description Past their deadline and neither done nor cancelled */
                            overdue: number;
                        };
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
                        submittedByName: string | null;
                        municipalityTenantId: string | null;
                        municipalityName: string | null;
                        contractId: string | null;
                        /** @description The municipality's note with its decision */
                        decisionNote: string | null;
                        /** @description The contract in force for the service: when set, the programme is agreed with the mayor */
                        commissionedBy: {
                            /** Format: uuid */
                            contractId: string;
                            municipalityName: string;
                            basis: string;
                        } | null;
                        measureList: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            programmeId: string;
                            category: number;
                            title: string;
                            description: string | null;
                            /** @description The finding the measure answers */
                            finding: string | null;
                            recommendation: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** Format: uuid */
                                meetingId: string;
                                meetingKind: "team" | "with_head";
                                /** Format: date */
                                meetingHeldOn: string;
                            } | null;
                            indicatorId: string | null;
                            responsibleUserId: string | null;
                            responsibleName: string | null;
                            /** @description False once the person has left the organisation */
                            responsibleIsMember: boolean;
                            deadline: string | null;
                            /** @default in_progress */
                            status: "planned" | "in_progress" | "done" | "cancelled";
                            progressNote: string | null;
                            completedOn: string | null;
                            overdue: boolean;
                            version: number;
                        }[];
                        reviews: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            reviewedOn: string;
                            participants: string;
                            usersConsulted: boolean;
                            conclusions: string;
                            carriedOverMeasureIds: string[];
                            recordedBy: string | null;
                            version: number;
                        }[];
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
    updateProgrammeReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    version: number;
                    /**
                     * Format: date
                     * @default 2026-01-20
                     */
                    reviewedOn?: string;
                    /** @default Екипът и ръководителят */
                    participants?: string;
                    /** @description Users and their families took part (art. 17(2), 24(1) 5) */
                    usersConsulted?: boolean;
                    /** @default Изпълнени са 4 от 5 мерки */
                    conclusions?: string;
                    /** @description Unfinished measures carried into the next period */
                    carriedOverMeasureIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        serviceId: string | null;
                        title: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        /** @description draft → submitted → agreed | changes_requested (art. 16(2), 20(2)) */
                        status: "draft" | "submitted" | "agreed" | "changes_requested";
                        submittedAt: string | null;
                        decidedAt: string | null;
                        measures: {
                            planned: number;
                            inProgress: number;
                            done: number;
                            cancelled: number;
                            /** @description Past their deadline and neither done nor cancelled */
                            overdue: number;
                        };
                        /** @description Send it back when saving: a stale version is refused with 409. */
                        version: number;
                        submittedByName: string | null;
                        municipalityTenantId: string | null;
                        municipalityName: string | null;
                        contractId: string | null;
                        /** @description The municipality's note with its decision */
                        decisionNote: string | null;
                        /** @description The contract in force for the service: when set, the programme is agreed with the mayor */
                        commissionedBy: {
                            /** Format: uuid */
                            contractId: string;
                            municipalityName: string;
                            basis: string;
                        } | null;
                        measureList: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            programmeId: string;
                            category: number;
                            title: string;
                            description: string | null;
                            /** @description The finding the measure answers */
                            finding: string | null;
                            recommendation: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** Format: uuid */
                                meetingId: string;
                                meetingKind: "team" | "with_head";
                                /** Format: date */
                                meetingHeldOn: string;
                            } | null;
                            indicatorId: string | null;
                            responsibleUserId: string | null;
                            responsibleName: string | null;
                            /** @description False once the person has left the organisation */
                            responsibleIsMember: boolean;
                            deadline: string | null;
                            /** @default in_progress */
                            status: "planned" | "in_progress" | "done" | "cancelled";
                            progressNote: string | null;
                            completedOn: string | null;
                            overdue: boolean;
                            version: number;
                        }[];
                        reviews: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            reviewedOn: string;
                            participants: string;
                            usersConsulted: boolean;
                            conclusions: string;
                            carriedOverMeasureIds: string[];
                            recordedBy: string | null;
                            version: number;
                        }[];
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
    listReceivedProgrammes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerTenantId: string;
                        providerName: string;
                        serviceName: string | null;
                        title: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        status: "submitted" | "agreed" | "changes_requested";
                        submittedAt: string | null;
                        decidedAt: string | null;
                        decisionNote: string | null;
                        measureCount: number;
                        /** @description Send it back with the decision: a stale version is refused with 409. */
                        version: number;
                    }[];
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
    getReceivedProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerTenantId: string;
                        providerName: string;
                        serviceName: string | null;
                        title: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        status: "submitted" | "agreed" | "changes_requested";
                        submittedAt: string | null;
                        decidedAt: string | null;
                        decisionNote: string | null;
                        measureCount: number;
                        /** @description Send it back with the decision: a stale version is refused with 409. */
                        version: number;
                        measures: {
                            /** Format: uuid */
                            id: string;
                            /** @description The item of art. 19 (1–9) */
                            category: number;
                            categoryText: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            title: string;
                            description: string | null;
                            finding: string | null;
                            deadline: string | null;
                            status: string;
                        }[];
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
    decideReceivedProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default agree */
                    decision: "agree" | "request_changes";
                    note?: string | null;
                    /** @default 1 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerTenantId: string;
                        providerName: string;
                        serviceName: string | null;
                        title: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        status: "submitted" | "agreed" | "changes_requested";
                        submittedAt: string | null;
                        decidedAt: string | null;
                        decisionNote: string | null;
                        measureCount: number;
                        /** @description Send it back with the decision: a stale version is refused with 409. */
                        version: number;
                        measures: {
                            /** Format: uuid */
                            id: string;
                            /** @description The item of art. 19 (1–9) */
                            category: number;
                            categoryText: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            title: string;
                            description: string | null;
                            finding: string | null;
                            deadline: string | null;
                            status: string;
                        }[];
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
    listReportComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                reportId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        municipalityTenantId: string;
                        /** @description The commenting municipality, from the public directory */
                        municipalityName: string;
                        authorName: string | null;
                        text: string;
                        /** Format: date-time */
                        createdAt: string;
                    }[];
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
    commentReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The comment, 1–4000 characters
                     * @default Коментар
                     */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        municipalityTenantId: string;
                        /** @description The commenting municipality, from the public directory */
                        municipalityName: string;
                        authorName: string | null;
                        text: string;
                        /** Format: date-time */
                        createdAt: string;
                    }[];
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
    listProgrammeComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        municipalityTenantId: string;
                        /** @description The commenting municipality, from the public directory */
                        municipalityName: string;
                        authorName: string | null;
                        text: string;
                        /** Format: date-time */
                        createdAt: string;
                    }[];
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
    commentProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The comment, 1–4000 characters
                     * @default Коментар
                     */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        municipalityTenantId: string;
                        /** @description The commenting municipality, from the public directory */
                        municipalityName: string;
                        authorName: string | null;
                        text: string;
                        /** Format: date-time */
                        createdAt: string;
                    }[];
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
    uploadFile: {
        parameters: {
            query: {
                name: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description Recognised from the content, not from the name */
                        mediaType: string;
                        sizeBytes: number;
                        sha256: string;
                        /** Format: date-time */
                        createdAt: string;
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
    getFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                fileId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description Recognised from the content, not from the name */
                        mediaType: string;
                        sizeBytes: number;
                        sha256: string;
                        /** Format: date-time */
                        createdAt: string;
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
    deleteFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    downloadFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                fileId: string;
            };
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
                    "application/octet-stream": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": {
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
                    "application/octet-stream": {
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
    listDocuments: {
        parameters: {
            query?: {
                serviceId?: string;
                source?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description policy, procedure, plan, programme, register, rules (правилник) or other
                         * @default plan
                         */
                        kind: "policy" | "procedure" | "plan" | "programme" | "register" | "rules" | "other";
                        title: string;
                        /** @description Null: the organisation's, for every service */
                        serviceId: string | null;
                        versionLabel: string | null;
                        approvedOn: string | null;
                        nextReviewOn: string | null;
                        /** @description The next review date has passed (Europe/Sofia) */
                        reviewOverdue: boolean;
                        file: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            mediaType: string;
                            sizeBytes: number;
                        } | null;
                        /** @description The Ordinance's sources of information (verbatim) this document stands for */
                        sources: string[];
                        note: string | null;
                        /** @description How many assessment answers cite it */
                        usedAsEvidence: number;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
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
    createDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description policy, procedure, plan, programme, register, rules (правилник) or other
                     * @default plan
                     */
                    kind: "policy" | "procedure" | "plan" | "programme" | "register" | "rules" | "other";
                    /** @default План за защита при бедствия и аварии */
                    title: string;
                    serviceId?: string | null;
                    versionLabel?: string | null;
                    approvedOn?: string | null;
                    nextReviewOn?: string | null;
                    fileId?: string | null;
                    sources?: string[];
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description policy, procedure, plan, programme, register, rules (правилник) or other
                         * @default plan
                         */
                        kind: "policy" | "procedure" | "plan" | "programme" | "register" | "rules" | "other";
                        title: string;
                        /** @description Null: the organisation's, for every service */
                        serviceId: string | null;
                        versionLabel: string | null;
                        approvedOn: string | null;
                        nextReviewOn: string | null;
                        /** @description The next review date has passed (Europe/Sofia) */
                        reviewOverdue: boolean;
                        file: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            mediaType: string;
                            sizeBytes: number;
                        } | null;
                        /** @description The Ordinance's sources of information (verbatim) this document stands for */
                        sources: string[];
                        note: string | null;
                        /** @description How many assessment answers cite it */
                        usedAsEvidence: number;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
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
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                documentId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description policy, procedure, plan, programme, register, rules (правилник) or other
                         * @default plan
                         */
                        kind: "policy" | "procedure" | "plan" | "programme" | "register" | "rules" | "other";
                        title: string;
                        /** @description Null: the organisation's, for every service */
                        serviceId: string | null;
                        versionLabel: string | null;
                        approvedOn: string | null;
                        nextReviewOn: string | null;
                        /** @description The next review date has passed (Europe/Sofia) */
                        reviewOverdue: boolean;
                        file: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            mediaType: string;
                            sizeBytes: number;
                        } | null;
                        /** @description The Ordinance's sources of information (verbatim) this document stands for */
                        sources: string[];
                        note: string | null;
                        /** @description How many assessment answers cite it */
                        usedAsEvidence: number;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
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
    deleteDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    updateDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    version: number;
                    /**
                     * @description policy, procedure, plan, programme, register, rules (правилник) or other
                     * @default plan
                     */
                    kind?: "policy" | "procedure" | "plan" | "programme" | "register" | "rules" | "other";
                    /** @default План за защита при бедствия и аварии */
                    title?: string;
                    serviceId?: string | null;
                    versionLabel?: string | null;
                    approvedOn?: string | null;
                    nextReviewOn?: string | null;
                    fileId?: string | null;
                    sources?: string[];
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description policy, procedure, plan, programme, register, rules (правилник) or other
                         * @default plan
                         */
                        kind: "policy" | "procedure" | "plan" | "programme" | "register" | "rules" | "other";
                        title: string;
                        /** @description Null: the organisation's, for every service */
                        serviceId: string | null;
                        versionLabel: string | null;
                        approvedOn: string | null;
                        nextReviewOn: string | null;
                        /** @description The next review date has passed (Europe/Sofia) */
                        reviewOverdue: boolean;
                        file: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            mediaType: string;
                            sizeBytes: number;
                        } | null;
                        /** @description The Ordinance's sources of information (verbatim) this document stands for */
                        sources: string[];
                        note: string | null;
                        /** @description How many assessment answers cite it */
                        usedAsEvidence: number;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
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
    listCatalogueSources: {
        parameters: {
            query?: {
                q?: string;
                limit?: number;
            };
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
                        source: string;
                        indicators: number;
                    }[];
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
    listAssessments: {
        parameters: {
            query?: {
                serviceId?: string;
                year?: number;
                status?: "planned" | "in_progress" | "completed";
            };
            header?: never;
            path: {
                tenantId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        serviceId: string;
                        serviceName: string;
                        pluginCode: string;
                        variantKey: string;
                        annex: number;
                        /**
                         * @description `periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one
                         * @default periodic
                         */
                        kind: "periodic" | "self_assessment";
                        title: string;
                        plannedOn: string | null;
                        startedOn: string | null;
                        status: "planned" | "in_progress" | "completed";
                        /** @description Null: the whole variant; otherwise the chosen criteria */
                        scopeCriteria: string[] | null;
                        methods: number[];
                        conclusions: string | null;
                        completedAt: string | null;
                        catalogue: {
                            /** Format: uuid */
                            versionId: string;
                            /**
                             * Format: date
                             * @description The version of the standards it was made against
                             */
                            effectiveFrom: string;
                        };
                        progress: {
                            answered: number;
                            total: number;
                        };
                        /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                        score: number | null;
                        version: number;
                    }[];
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
    createAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    serviceId: string;
                    /**
                     * @description `periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one
                     * @default periodic
                     */
                    kind: "periodic" | "self_assessment";
                    title?: string;
                    plannedOn?: string | null;
                    startedOn?: string | null;
                    /** @description The criteria chosen (catalogue ids); null or absent: the whole variant */
                    scopeCriteria?: string[] | null;
                    /** @description The methods of art. 24(1) used, by item number (1–11) */
                    methods?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        serviceId: string;
                        serviceName: string;
                        pluginCode: string;
                        variantKey: string;
                        annex: number;
                        /**
                         * @description `periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one
                         * @default periodic
                         */
                        kind: "periodic" | "self_assessment";
                        title: string;
                        plannedOn: string | null;
                        startedOn: string | null;
                        status: "planned" | "in_progress" | "completed";
                        /** @description Null: the whole variant; otherwise the chosen criteria */
                        scopeCriteria: string[] | null;
                        methods: number[];
                        conclusions: string | null;
                        completedAt: string | null;
                        catalogue: {
                            /** Format: uuid */
                            versionId: string;
                            /**
                             * Format: date
                             * @description The version of the standards it was made against
                             */
                            effectiveFrom: string;
                        };
                        progress: {
                            answered: number;
                            total: number;
                        };
                        /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                        score: number | null;
                        version: number;
                        scoring: {
                            key: string;
                            name: {
                                [key: string]: string;
                            };
                        };
                        sections: {
                            id: string;
                            /** @enum {string} */
                            kind: "section";
                            key: string;
                            title: string | null;
                            statement: string | null;
                            notes: string[];
                            /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                            score: number | null;
                            progress: {
                                answered: number;
                                total: number;
                            };
                            children: {
                                id: string;
                                /** @enum {string} */
                                kind: "standard";
                                key: string;
                                title: string | null;
                                statement: string | null;
                                notes: string[];
                                /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                                score: number | null;
                                progress: {
                                    answered: number;
                                    total: number;
                                };
                                children: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "criterion";
                                    key: string;
                                    title: string | null;
                                    statement: string | null;
                                    notes: string[];
                                    /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                                    score: number | null;
                                    progress: {
                                        answered: number;
                                        total: number;
                                    };
                                    children: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "indicator";
                                        key: string;
                                        text: string | null;
                                        sources: string[];
                                        notes: string[];
                                        result: ("met" | "partly_met" | "not_met" | "not_applicable") | null;
                                        note: string | null;
                                        /** @description Send it back when saving this result (0: none yet) */
                                        resultVersion: number;
                                        updatedAt: string | null;
                                        updatedByName: string | null;
                                        evidence: {
                                            /** Format: uuid */
                                            id: string;
                                            /** @default interview */
                                            kind: "file" | "document" | "interview" | "observation" | "record";
                                            fileId: string | null;
                                            fileName: string | null;
                                            documentId: string | null;
                                            documentTitle: string | null;
                                            description: string | null;
                                        }[];
                                        /** @description Documents of the register that stand for one of this indicator’s sources of information */
                                        offeredDocuments: {
                                            /** Format: uuid */
                                            id: string;
                                            title: string;
                                            source: string;
                                        }[];
                                    }[];
                                }[];
                            }[];
                        }[];
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
    getAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                assessmentId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        serviceId: string;
                        serviceName: string;
                        pluginCode: string;
                        variantKey: string;
                        annex: number;
                        /**
                         * @description `periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one
                         * @default periodic
                         */
                        kind: "periodic" | "self_assessment";
                        title: string;
                        plannedOn: string | null;
                        startedOn: string | null;
                        status: "planned" | "in_progress" | "completed";
                        /** @description Null: the whole variant; otherwise the chosen criteria */
                        scopeCriteria: string[] | null;
                        methods: number[];
                        conclusions: string | null;
                        completedAt: string | null;
                        catalogue: {
                            /** Format: uuid */
                            versionId: string;
                            /**
                             * Format: date
                             * @description The version of the standards it was made against
                             */
                            effectiveFrom: string;
                        };
                        progress: {
                            answered: number;
                            total: number;
                        };
                        /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                        score: number | null;
                        version: number;
                        scoring: {
                            key: string;
                            name: {
                                [key: string]: string;
                            };
                        };
                        sections: {
                            id: string;
                            /** @enum {string} */
                            kind: "section";
                            key: string;
                            title: string | null;
                            statement: string | null;
                            notes: string[];
                            /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                            score: number | null;
                            progress: {
                                answered: number;
                                total: number;
                            };
                            children: {
                                id: string;
                                /** @enum {string} */
                                kind: "standard";
                                key: string;
                                title: string | null;
                                statement: string | null;
                                notes: string[];
                                /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                                score: number | null;
                                progress: {
                                    answered: number;
                                    total: number;
                                };
                                children: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "criterion";
                                    key: string;
                                    title: string | null;
                                    statement: string | null;
                                    notes: string[];
                                    /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                                    score: number | null;
                                    progress: {
                                        answered: number;
                                        total: number;
                                    };
                                    children: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "indicator";
                                        key: string;
                                        text: string | null;
                                        sources: string[];
                                        notes: string[];
                                        result: ("met" | "partly_met" | "not_met" | "not_applicable") | null;
                                        note: string | null;
                                        /** @description Send it back when saving this result (0: none yet) */
                                        resultVersion: number;
                                        updatedAt: string | null;
                                        updatedByName: string | null;
                                        evidence: {
                                            /** Format: uuid */
                                            id: string;
                                            /** @default interview */
                                            kind: "file" | "document" | "interview" | "observation" | "record";
                                            fileId: string | null;
                                            fileName: string | null;
                                            documentId: string | null;
                                            documentTitle: string | null;
                                            description: string | null;
                                        }[];
                                        /** @description Documents of the register that stand for one of this indicator’s sources of information */
                                        offeredDocuments: {
                                            /** Format: uuid */
                                            id: string;
                                            title: string;
                                            source: string;
                                        }[];
                                    }[];
                                }[];
                            }[];
                        }[];
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
    deleteAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    updateAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    version: number;
                    title?: string;
                    plannedOn?: string | null;
                    startedOn?: string | null;
                    /** @description The criteria chosen (catalogue ids); null: the whole variant */
                    scopeCriteria?: string[] | null;
                    /** @description The methods of art. 24(1) used, by item number (1–11) */
                    methods?: number[];
                    conclusions?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        serviceId: string;
                        serviceName: string;
                        pluginCode: string;
                        variantKey: string;
                        annex: number;
                        /**
                         * @description `periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one
                         * @default periodic
                         */
                        kind: "periodic" | "self_assessment";
                        title: string;
                        plannedOn: string | null;
                        startedOn: string | null;
                        status: "planned" | "in_progress" | "completed";
                        /** @description Null: the whole variant; otherwise the chosen criteria */
                        scopeCriteria: string[] | null;
                        methods: number[];
                        conclusions: string | null;
                        completedAt: string | null;
                        catalogue: {
                            /** Format: uuid */
                            versionId: string;
                            /**
                             * Format: date
                             * @description The version of the standards it was made against
                             */
                            effectiveFrom: string;
                        };
                        progress: {
                            answered: number;
                            total: number;
                        };
                        /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                        score: number | null;
                        version: number;
                        scoring: {
                            key: string;
                            name: {
                                [key: string]: string;
                            };
                        };
                        sections: {
                            id: string;
                            /** @enum {string} */
                            kind: "section";
                            key: string;
                            title: string | null;
                            statement: string | null;
                            notes: string[];
                            /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                            score: number | null;
                            progress: {
                                answered: number;
                                total: number;
                            };
                            children: {
                                id: string;
                                /** @enum {string} */
                                kind: "standard";
                                key: string;
                                title: string | null;
                                statement: string | null;
                                notes: string[];
                                /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                                score: number | null;
                                progress: {
                                    answered: number;
                                    total: number;
                                };
                                children: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "criterion";
                                    key: string;
                                    title: string | null;
                                    statement: string | null;
                                    notes: string[];
                                    /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                                    score: number | null;
                                    progress: {
                                        answered: number;
                                        total: number;
                                    };
                                    children: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "indicator";
                                        key: string;
                                        text: string | null;
                                        sources: string[];
                                        notes: string[];
                                        result: ("met" | "partly_met" | "not_met" | "not_applicable") | null;
                                        note: string | null;
                                        /** @description Send it back when saving this result (0: none yet) */
                                        resultVersion: number;
                                        updatedAt: string | null;
                                        updatedByName: string | null;
                                        evidence: {
                                            /** Format: uuid */
                                            id: string;
                                            /** @default interview */
                                            kind: "file" | "document" | "interview" | "observation" | "record";
                                            fileId: string | null;
                                            fileName: string | null;
                                            documentId: string | null;
                                            documentTitle: string | null;
                                            description: string | null;
                                        }[];
                                        /** @description Documents of the register that stand for one of this indicator’s sources of information */
                                        offeredDocuments: {
                                            /** Format: uuid */
                                            id: string;
                                            title: string;
                                            source: string;
                                        }[];
                                    }[];
                                }[];
                            }[];
                        }[];
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
    saveAssessmentResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description A catalogue indicator id, e.g. `bg-2022/a02/s1/c1.1/i1`
                     * @default bg-2022/a02/s1/c1.1/i1
                     */
                    itemId: string;
                    result: ("met" | "partly_met" | "not_met" | "not_applicable") | null;
                    note?: string | null;
                    /** @default 0 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        itemId: string;
                        result: ("met" | "partly_met" | "not_met" | "not_applicable") | null;
                        note: string | null;
                        resultVersion: number;
                        assessment: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            serviceName: string;
                            pluginCode: string;
                            variantKey: string;
                            annex: number;
                            /**
                             * @description `periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one
                             * @default periodic
                             */
                            kind: "periodic" | "self_assessment";
                            title: string;
                            plannedOn: string | null;
                            startedOn: string | null;
                            status: "planned" | "in_progress" | "completed";
                            /** @description Null: the whole variant; otherwise the chosen criteria */
                            scopeCriteria: string[] | null;
                            methods: number[];
                            conclusions: string | null;
                            completedAt: string | null;
                            catalogue: {
                                /** Format: uuid */
                                versionId: string;
                                /**
                                 * Format: date
                                 * @description The version of the standards it was made against
                                 */
                                effectiveFrom: string;
                            };
                            progress: {
                                answered: number;
                                total: number;
                            };
                            /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                            score: number | null;
                            version: number;
                        };
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
    addAssessmentEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description A catalogue indicator id, e.g. `bg-2022/a02/s1/c1.1/i1`
                     * @default bg-2022/a02/s1/c1.1/i1
                     */
                    itemId: string;
                    /** @default interview */
                    kind: "file" | "document" | "interview" | "observation" | "record";
                    fileId?: string | null;
                    documentId?: string | null;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        itemId: string;
                        /** Format: uuid */
                        id: string;
                        /** @default interview */
                        kind: "file" | "document" | "interview" | "observation" | "record";
                        fileId: string | null;
                        fileName: string | null;
                        documentId: string | null;
                        documentTitle: string | null;
                        description: string | null;
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
    removeAssessmentEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                assessmentId: string;
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    completeAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    version: number;
                    conclusions?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        serviceId: string;
                        serviceName: string;
                        pluginCode: string;
                        variantKey: string;
                        annex: number;
                        /**
                         * @description `periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one
                         * @default periodic
                         */
                        kind: "periodic" | "self_assessment";
                        title: string;
                        plannedOn: string | null;
                        startedOn: string | null;
                        status: "planned" | "in_progress" | "completed";
                        /** @description Null: the whole variant; otherwise the chosen criteria */
                        scopeCriteria: string[] | null;
                        methods: number[];
                        conclusions: string | null;
                        completedAt: string | null;
                        catalogue: {
                            /** Format: uuid */
                            versionId: string;
                            /**
                             * Format: date
                             * @description The version of the standards it was made against
                             */
                            effectiveFrom: string;
                        };
                        progress: {
                            answered: number;
                            total: number;
                        };
                        /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                        score: number | null;
                        version: number;
                        scoring: {
                            key: string;
                            name: {
                                [key: string]: string;
                            };
                        };
                        sections: {
                            id: string;
                            /** @enum {string} */
                            kind: "section";
                            key: string;
                            title: string | null;
                            statement: string | null;
                            notes: string[];
                            /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                            score: number | null;
                            progress: {
                                answered: number;
                                total: number;
                            };
                            children: {
                                id: string;
                                /** @enum {string} */
                                kind: "standard";
                                key: string;
                                title: string | null;
                                statement: string | null;
                                notes: string[];
                                /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                                score: number | null;
                                progress: {
                                    answered: number;
                                    total: number;
                                };
                                children: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "criterion";
                                    key: string;
                                    title: string | null;
                                    statement: string | null;
                                    notes: string[];
                                    /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                                    score: number | null;
                                    progress: {
                                        answered: number;
                                        total: number;
                                    };
                                    children: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "indicator";
                                        key: string;
                                        text: string | null;
                                        sources: string[];
                                        notes: string[];
                                        result: ("met" | "partly_met" | "not_met" | "not_applicable") | null;
                                        note: string | null;
                                        /** @description Send it back when saving this result (0: none yet) */
                                        resultVersion: number;
                                        updatedAt: string | null;
                                        updatedByName: string | null;
                                        evidence: {
                                            /** Format: uuid */
                                            id: string;
                                            /** @default interview */
                                            kind: "file" | "document" | "interview" | "observation" | "record";
                                            fileId: string | null;
                                            fileName: string | null;
                                            documentId: string | null;
                                            documentTitle: string | null;
                                            description: string | null;
                                        }[];
                                        /** @description Documents of the register that stand for one of this indicator’s sources of information */
                                        offeredDocuments: {
                                            /** Format: uuid */
                                            id: string;
                                            title: string;
                                            source: string;
                                        }[];
                                    }[];
                                }[];
                            }[];
                        }[];
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
    getMonitoringPlan: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
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
                        year: number;
                        services: {
                            /** Format: uuid */
                            serviceId: string;
                            serviceName: string;
                            quarters: {
                                quarter: number;
                                checks: number;
                                /** @description `missing`: a past quarter without any check (art. 23(3)); `overdue`: planned, not done */
                                status: "done" | "planned" | "overdue" | "missing" | "none";
                            }[];
                            checks: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                serviceId: string;
                                serviceName: string;
                                pluginCode: string;
                                variantKey: string;
                                annex: number;
                                /**
                                 * @description `periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one
                                 * @default periodic
                                 */
                                kind: "periodic" | "self_assessment";
                                title: string;
                                plannedOn: string | null;
                                startedOn: string | null;
                                status: "planned" | "in_progress" | "completed";
                                /** @description Null: the whole variant; otherwise the chosen criteria */
                                scopeCriteria: string[] | null;
                                methods: number[];
                                conclusions: string | null;
                                completedAt: string | null;
                                catalogue: {
                                    /** Format: uuid */
                                    versionId: string;
                                    /**
                                     * Format: date
                                     * @description The version of the standards it was made against
                                     */
                                    effectiveFrom: string;
                                };
                                progress: {
                                    answered: number;
                                    total: number;
                                };
                                /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                                score: number | null;
                                version: number;
                            }[];
                        }[];
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
    generateMonitoringPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    serviceId: string;
                    /** @default 2026 */
                    year: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        plan: {
                            year: number;
                            services: {
                                /** Format: uuid */
                                serviceId: string;
                                serviceName: string;
                                quarters: {
                                    quarter: number;
                                    checks: number;
                                    /** @description `missing`: a past quarter without any check (art. 23(3)); `overdue`: planned, not done */
                                    status: "done" | "planned" | "overdue" | "missing" | "none";
                                }[];
                                checks: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    serviceId: string;
                                    serviceName: string;
                                    pluginCode: string;
                                    variantKey: string;
                                    annex: number;
                                    /**
                                     * @description `periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one
                                     * @default periodic
                                     */
                                    kind: "periodic" | "self_assessment";
                                    title: string;
                                    plannedOn: string | null;
                                    startedOn: string | null;
                                    status: "planned" | "in_progress" | "completed";
                                    /** @description Null: the whole variant; otherwise the chosen criteria */
                                    scopeCriteria: string[] | null;
                                    methods: number[];
                                    conclusions: string | null;
                                    completedAt: string | null;
                                    catalogue: {
                                        /** Format: uuid */
                                        versionId: string;
                                        /**
                                         * Format: date
                                         * @description The version of the standards it was made against
                                         */
                                        effectiveFrom: string;
                                    };
                                    progress: {
                                        answered: number;
                                        total: number;
                                    };
                                    /** @description By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies */
                                    score: number | null;
                                    version: number;
                                }[];
                            }[];
                        };
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
    listReports: {
        parameters: {
            query?: {
                /** @description `semi_annual_analysis`: the analysis at least every six months (art. 25(1)); `annual_report`: the annual report (art. 26, due by 31 March) */
                kind?: "semi_annual_analysis" | "annual_report";
                year?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
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
                    "application/json": components["schemas"]["ReportSummary"][];
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
    createReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description `semi_annual_analysis`: the analysis at least every six months (art. 25(1)); `annual_report`: the annual report (art. 26, due by 31 March)
                     * @default semi_annual_analysis
                     */
                    kind: "semi_annual_analysis" | "annual_report";
                    /** @default 2026 */
                    year: number;
                    /** @description For a semi-annual analysis: 1 (January–June) or 2 (July–December) */
                    half?: 1 | 2;
                    /** @description One of the tenant's services; null: all */
                    serviceId?: string | null;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        tenantId: string;
                        /**
                         * @description `semi_annual_analysis`: the analysis at least every six months (art. 25(1)); `annual_report`: the annual report (art. 26, due by 31 March)
                         * @default semi_annual_analysis
                         */
                        kind: "semi_annual_analysis" | "annual_report";
                        /** @description Null: all the provider's services */
                        serviceId: string | null;
                        serviceName: string | null;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        title: string;
                        status: "draft" | "submitted";
                        submittedAt: string | null;
                        submittedByName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        /** Format: date-time */
                        assembledAt: string;
                        sectionTitles: {
                            key: string;
                            title: string;
                        }[];
                        /** @description The texts the provider writes, by key */
                        sections: {
                            [key: string]: string;
                        };
                        data: components["schemas"]["ReportData"];
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
    listReceivedReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        tenantId: string;
                        /**
                         * @description `semi_annual_analysis`: the analysis at least every six months (art. 25(1)); `annual_report`: the annual report (art. 26, due by 31 March)
                         * @default semi_annual_analysis
                         */
                        kind: "semi_annual_analysis" | "annual_report";
                        /** @description Null: all the provider's services */
                        serviceId: string | null;
                        serviceName: string | null;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        title: string;
                        status: "draft" | "submitted";
                        submittedAt: string | null;
                        submittedByName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        providerName: string;
                    }[];
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
    getReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                reportId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        tenantId: string;
                        /**
                         * @description `semi_annual_analysis`: the analysis at least every six months (art. 25(1)); `annual_report`: the annual report (art. 26, due by 31 March)
                         * @default semi_annual_analysis
                         */
                        kind: "semi_annual_analysis" | "annual_report";
                        /** @description Null: all the provider's services */
                        serviceId: string | null;
                        serviceName: string | null;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        title: string;
                        status: "draft" | "submitted";
                        submittedAt: string | null;
                        submittedByName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        /** Format: date-time */
                        assembledAt: string;
                        sectionTitles: {
                            key: string;
                            title: string;
                        }[];
                        /** @description The texts the provider writes, by key */
                        sections: {
                            [key: string]: string;
                        };
                        data: components["schemas"]["ReportData"];
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
    deleteReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    updateReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The version read; a stale one gets 409
                     * @default 1
                     */
                    version: number;
                    title?: string;
                    /** @description Texts by section key (see `sectionTitles`); keys not sent stay as they are */
                    sections?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        tenantId: string;
                        /**
                         * @description `semi_annual_analysis`: the analysis at least every six months (art. 25(1)); `annual_report`: the annual report (art. 26, due by 31 March)
                         * @default semi_annual_analysis
                         */
                        kind: "semi_annual_analysis" | "annual_report";
                        /** @description Null: all the provider's services */
                        serviceId: string | null;
                        serviceName: string | null;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        title: string;
                        status: "draft" | "submitted";
                        submittedAt: string | null;
                        submittedByName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        /** Format: date-time */
                        assembledAt: string;
                        sectionTitles: {
                            key: string;
                            title: string;
                        }[];
                        /** @description The texts the provider writes, by key */
                        sections: {
                            [key: string]: string;
                        };
                        data: components["schemas"]["ReportData"];
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
    reassembleReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The version read; a stale one gets 409
                     * @default 1
                     */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        tenantId: string;
                        /**
                         * @description `semi_annual_analysis`: the analysis at least every six months (art. 25(1)); `annual_report`: the annual report (art. 26, due by 31 March)
                         * @default semi_annual_analysis
                         */
                        kind: "semi_annual_analysis" | "annual_report";
                        /** @description Null: all the provider's services */
                        serviceId: string | null;
                        serviceName: string | null;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        title: string;
                        status: "draft" | "submitted";
                        submittedAt: string | null;
                        submittedByName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        /** Format: date-time */
                        assembledAt: string;
                        sectionTitles: {
                            key: string;
                            title: string;
                        }[];
                        /** @description The texts the provider writes, by key */
                        sections: {
                            [key: string]: string;
                        };
                        data: components["schemas"]["ReportData"];
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
    submitReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The version read; a stale one gets 409
                     * @default 1
                     */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        tenantId: string;
                        /**
                         * @description `semi_annual_analysis`: the analysis at least every six months (art. 25(1)); `annual_report`: the annual report (art. 26, due by 31 March)
                         * @default semi_annual_analysis
                         */
                        kind: "semi_annual_analysis" | "annual_report";
                        /** @description Null: all the provider's services */
                        serviceId: string | null;
                        serviceName: string | null;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        title: string;
                        status: "draft" | "submitted";
                        submittedAt: string | null;
                        submittedByName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        /** Format: date-time */
                        assembledAt: string;
                        sectionTitles: {
                            key: string;
                            title: string;
                        }[];
                        /** @description The texts the provider writes, by key */
                        sections: {
                            [key: string]: string;
                        };
                        data: components["schemas"]["ReportData"];
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
    reportPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                reportId: string;
            };
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
                    "application/pdf": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
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
                    "application/pdf": {
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
    reportDocx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                reportId: string;
            };
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
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
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
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
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
    getQualitySystem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                        sectionTitles: {
                            key: string;
                            title: string;
                        }[];
                        /** @description The provider's own texts, by key */
                        texts: {
                            [key: string]: string;
                        };
                        /** @description 0 until the first save */
                        version: number;
                        updatedAt: string | null;
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
    saveQualitySystem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The version read; a stale one gets 409
                     * @default 0
                     */
                    version: number;
                    /**
                     * @default {
                     *       "goals": "Непрекъснато подобряване на услугите."
                     *     }
                     */
                    texts: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sectionTitles: {
                            key: string;
                            title: string;
                        }[];
                        /** @description The provider's own texts, by key */
                        texts: {
                            [key: string]: string;
                        };
                        /** @description 0 until the first save */
                        version: number;
                        updatedAt: string | null;
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
    qualitySystemPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                    "application/pdf": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
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
                    "application/pdf": {
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
    qualitySystemDocx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
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
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
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
    staffOverview: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
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
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: number;
                        members: number;
                    }[];
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
    getStaffRegister: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path: {
                tenantId: string;
                serviceId: string;
            };
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
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    createStaffPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    serviceId: string;
                    /** @default Социален работник */
                    title: string;
                    /**
                     * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                     * @default core
                     */
                    category: "core" | "recommended" | "support";
                    /**
                     * @description Щатни бройки: full-time equivalents in the staffing plan
                     * @default 1
                     */
                    plannedFte: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    deleteStaffPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                positionId: string;
            };
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
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    updateStaffPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                positionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The version you read: a stale one is refused with 409 and nothing is written.
                     * @default 1
                     */
                    version: number;
                    /** @default Социален работник */
                    title?: string;
                    /**
                     * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                     * @default core
                     */
                    category?: "core" | "recommended" | "support";
                    /**
                     * @description Щатни бройки: full-time equivalents in the staffing plan
                     * @default 1
                     */
                    plannedFte?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    createStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    serviceId: string;
                    /** @description One of the same service's positions; null: none */
                    positionId?: string | null;
                    /**
                     * @description An employee’s name (never a service user’s)
                     * @default Мария Иванова
                     */
                    fullName: string;
                    /**
                     * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                     * @default labour_contract
                     */
                    employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                    /**
                     * @description The share of a full-time position this person fills (1 = full time)
                     * @default 1
                     */
                    fte?: number;
                    /**
                     * Format: date
                     * @default 2026-01-15
                     */
                    startedOn: string;
                    /** @description When the person left; null: in post */
                    endedOn?: string | null;
                    /** @description Education and qualification (образование, квалификация) */
                    qualification?: string | null;
                    /** @description Без опит в системата на социалните услуги: needs a mentor for 6 months from appointment */
                    newToSocialServices?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    deleteStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                memberId: string;
            };
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
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    updateStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The version you read: a stale one is refused with 409 and nothing is written.
                     * @default 1
                     */
                    version: number;
                    /** @description One of the same service's positions; null: none */
                    positionId?: string | null;
                    /**
                     * @description An employee’s name (never a service user’s)
                     * @default Мария Иванова
                     */
                    fullName?: string;
                    /**
                     * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                     * @default labour_contract
                     */
                    employmentType?: "labour_contract" | "civil_contract" | "volunteer" | "other";
                    /**
                     * @description The share of a full-time position this person fills (1 = full time)
                     * @default 1
                     */
                    fte?: number;
                    /**
                     * Format: date
                     * @default 2026-01-15
                     */
                    startedOn?: string;
                    /** @description When the person left; null: in post */
                    endedOn?: string | null;
                    /** @description Education and qualification (образование, квалификация) */
                    qualification?: string | null;
                    /** @description Без опит в системата на социалните услуги: needs a mentor for 6 months from appointment */
                    newToSocialServices?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    addStaffTraining: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                     * @default induction
                     */
                    kind: "induction" | "specialised";
                    /**
                     * Format: date
                     * @default 2026-01-15
                     */
                    heldOn: string;
                    /**
                     * @description Academic hours
                     * @default 8
                     */
                    hours: number;
                    /** @default Въвеждащо обучение */
                    topic: string;
                    /** @description The trainer or training organisation */
                    trainer?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    addStaffAppraisal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 2026 */
                    year: number;
                    /**
                     * Format: date
                     * @default 2026-01-15
                     */
                    appraisedOn: string;
                    /**
                     * @description The result, with the goals and measures for professional development
                     * @default Изпълнението съответства на изискванията
                     */
                    outcome: string;
                    /** @description The result was discussed with the member in person */
                    discussedInPerson?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    addStaffSupervision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    serviceId: string;
                    /**
                     * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                     * @default group
                     */
                    kind: "group" | "individual";
                    /** @description Individual supervision: the member supervised */
                    memberId?: string | null;
                    /**
                     * Format: date
                     * @default 2026-01-15
                     */
                    heldOn: string;
                    /**
                     * @description Academic hours
                     * @default 8
                     */
                    hours: number;
                    /**
                     * @description The supervisor or the organisation providing supervision
                     * @default Супервизор
                     */
                    supervisor: string;
                    /**
                     * @description A specialist external to the service (required for individual supervision)
                     * @default true
                     */
                    supervisorExternal: boolean;
                    participantsCount?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    addStaffMentoring: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    mentorId: string;
                    /** Format: uuid */
                    newcomerId: string;
                    /**
                     * Format: date
                     * @default 2026-01-15
                     */
                    startsOn: string;
                    endsOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    deleteStaffTraining: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                trainingId: string;
            };
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
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    deleteStaffAppraisal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                appraisalId: string;
            };
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
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    deleteStaffSupervision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                supervisionId: string;
            };
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
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    deleteStaffMentoring: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                mentoringId: string;
            };
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
                        service: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pluginCode: string;
                            variantKey: string;
                            capacity: number | null;
                            currentUsers: number | null;
                        };
                        facts: {
                            capacity: number | null;
                            currentUsers: number | null;
                            /** @description Employees in post today (volunteers not counted) */
                            staffCount: number | null;
                            /** @description Full-time equivalents in the staffing plan */
                            positionsPlanned: number | null;
                            /** @description Full-time equivalents filled by employees in post, at most the planned per position */
                            positionsFilled: number | null;
                        };
                        /** @description The facts derived from the staff register (empty: the service has no register yet) */
                        factsFromRegister: ("staffCount" | "positionsPlanned" | "positionsFilled")[];
                        /** @description The plugin's rules evaluated on the service's facts with the register's */
                        rules: {
                            rule: string;
                            status: "pass" | "fail" | "warning";
                            message: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** @description The indicator or footnote the rule comes from */
                            source: string;
                        }[];
                        summary: {
                            year: number;
                            membersInPost: number;
                            volunteers: number;
                            /** @description Employees in post without 36 hours of induction training */
                            inductionMissing: number;
                            /** @description Members in post below the year’s specialised training hours (24, or 12 for support staff) */
                            specialisedShort: number;
                            groupSupervisions: number;
                            groupSupervisionsRequired: number;
                            individualSupervisions: number;
                            individualSupervisionsExternal: number;
                            /** @description Newcomers without experience in social services and no mentor */
                            mentorMissing: number;
                            /** @description Employees in post during the year without the year’s appraisal */
                            appraisalsDue: number;
                        };
                        positions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            title: string;
                            /**
                             * @description The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата
                             * @default core
                             */
                            category: "core" | "recommended" | "support";
                            plannedFte: number;
                            filledFte: number;
                            version: number;
                        }[];
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            positionId: string | null;
                            fullName: string;
                            /**
                             * @description `labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`
                             * @default labour_contract
                             */
                            employmentType: "labour_contract" | "civil_contract" | "volunteer" | "other";
                            fte: number;
                            /** Format: date */
                            startedOn: string;
                            endedOn: string | null;
                            qualification: string | null;
                            newToSocialServices: boolean;
                            inPost: boolean;
                            version: number;
                            trainings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                /**
                                 * @description `induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо
                                 * @default induction
                                 */
                                kind: "induction" | "specialised";
                                /** Format: date */
                                heldOn: string;
                                hours: number;
                                topic: string;
                                trainer: string | null;
                            }[];
                            appraisals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                memberId: string;
                                year: number;
                                /** Format: date */
                                appraisedOn: string;
                                outcome: string;
                                discussedInPerson: boolean;
                            }[];
                            summary: {
                                inductionHours: number;
                                inductionDone: boolean;
                                /** @description In the chosen year */
                                specialisedHours: number;
                                specialisedRequired: number | null;
                                individualSupervisions: number;
                                individualSupervisionsExternal: number;
                                /** @description Group supervisions of the team while in post */
                                groupSupervisions: number;
                                mentorNeeded: boolean;
                                hasMentor: boolean;
                                appraisedThisYear: boolean;
                                appraisalDue: boolean;
                            };
                        }[];
                        supervisions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            serviceId: string;
                            /**
                             * @description `group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)
                             * @default group
                             */
                            kind: "group" | "individual";
                            memberId: string | null;
                            /** Format: date */
                            heldOn: string;
                            hours: number;
                            supervisor: string;
                            supervisorExternal: boolean;
                            participantsCount: number | null;
                        }[];
                        mentorings: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            mentorId: string;
                            /** Format: uuid */
                            newcomerId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                            current: boolean;
                        }[];
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
    listSurveys: {
        parameters: {
            query?: {
                serviceId?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
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
                    "application/json": components["schemas"]["Survey"][];
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
    openSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    serviceId: string;
                    /** @default users */
                    templateKey: string;
                    /** @description Answers accepted per day at most (default 200) */
                    dailyCap?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
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
    listSurveyTemplates: {
        parameters: {
            query: {
                serviceId: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
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
                        key: string;
                        /** @description The same text in Bulgarian, English and Ukrainian */
                        name: {
                            bg: string;
                            en: string;
                            uk: string;
                        };
                        questions: components["schemas"]["SurveyQuestion"][];
                    }[];
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
    surveyResults: {
        parameters: {
            query?: {
                /** @description Omit for every service */
                serviceId?: string;
                from?: string;
                to?: string;
                /** @description month (default), quarter, half (half-year) or year */
                period?: "month" | "quarter" | "half" | "year";
            };
            header?: never;
            path: {
                tenantId: string;
            };
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
                    "application/json": components["schemas"]["SurveyResults"];
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
    getSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                surveyId: string;
            };
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
                    "application/json": components["schemas"]["SurveyDetail"];
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
    updateSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                surveyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version read; a stale one is 409 conflict */
                    version: number;
                    status?: "open" | "closed";
                    /** @description Answers accepted per day at most (default 200) */
                    dailyCap?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
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
    rotateSurveyToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                surveyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version read; a stale one is 409 conflict */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
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
    publicSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
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
                    "application/json": components["schemas"]["PublicSurvey"];
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
    answerSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Scale questions: question id → a whole number from its min to its max (1–5) */
                    answers: {
                        [key: string]: number;
                    };
                    /** @description Free-text questions: question id → text (optional; no names, please) */
                    texts?: {
                        [key: string]: string;
                    };
                    /** @description Leave empty: a field people never see */
                    website?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        received: true;
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
    listDeadlines: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
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
                        /**
                         * Format: date
                         * @description Today in Europe/Sofia
                         */
                        today: string;
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        items: {
                            /** @description Stable per item: the same quarter of the same service keeps its key */
                            key: string;
                            /** @description `periodic_check`, `team_meeting`, `head_meeting`, `semiannual_analysis`, `annual_report`, `programme_review`, `document_review` (more kinds come with new sources) */
                            kind: string;
                            serviceId: string | null;
                            title: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /**
                             * Format: date
                             * @description A calendar date in Europe/Sofia
                             */
                            dueOn: string;
                            /** @description `due`: within 7 days (today included); `overdue`: past and not done */
                            status: "upcoming" | "due" | "overdue" | "done";
                            /** @description False when the source does not record whether it was done: then it is never called overdue */
                            tracked: boolean;
                            /** @description A path in the web app where the work is done */
                            link: string;
                        }[];
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
    listNotifications: {
        parameters: {
            query?: {
                /** @description Only the unread ones */
                unread?: boolean;
                limit?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
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
                        unread: number;
                        items: {
                            /** Format: uuid */
                            id: string;
                            itemKey: string;
                            kind: string;
                            reminder: "due_soon" | "overdue";
                            title: {
                                bg: string;
                                en: string;
                                uk: string;
                            };
                            /** Format: date */
                            dueOn: string;
                            link: string;
                            /** Format: date-time */
                            createdAt: string;
                            readAt: string | null;
                        }[];
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
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                notificationId: string;
            };
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
                        /** Format: uuid */
                        id: string;
                        itemKey: string;
                        kind: string;
                        reminder: "due_soon" | "overdue";
                        title: {
                            bg: string;
                            en: string;
                            uk: string;
                        };
                        /** Format: date */
                        dueOn: string;
                        link: string;
                        /** Format: date-time */
                        createdAt: string;
                        readAt: string | null;
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
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
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
                        marked: number;
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
    getCalendarFeed: {
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
                        exists: boolean;
                        createdAt: string | null;
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
    rotateCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The secret URL; keep it like a password */
                        url: string;
                        /** Format: date-time */
                        createdAt: string;
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
    deleteCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    calendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description <secret>.ics */
                file: string;
            };
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
                    "text/calendar": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": {
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
                    "text/calendar": {
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
