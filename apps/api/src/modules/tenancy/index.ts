// tenancy: organisations, members and roles, invitations, commissioning contracts, the operator's tenants.
import { organisationSignup } from '../identity/index.ts';
import { isValidEik } from './eik.ts';
import { proposeFromInvitation, usableProviderInvitation } from './provider-invitations.ts';

export { default as tenancyRoutes } from './routes.ts';
export { default as tenancyPublicRoutes } from './public-routes.ts';
export { default as providerInvitationRoutes } from './provider-invitation-routes.ts';
export { createTenantAsOperator } from './operator.ts';
export { isValidEik } from './eik.ts';

// A provider signing up (identity) checks its ЕИК and may come through a municipality's invitation link.
organisationSignup.provide({ isValidEik, usableProviderInvitation, proposeFromInvitation });
