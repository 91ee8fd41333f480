// identity: people, sign-up, e-mail verification, login, sessions, password. Its public surface:
export { default as identityRoutes } from './routes.ts';
export { compose, templates } from './emails.ts';
export { addMinutes, hashToken, newSecret } from './secrets.ts';
export { hashPassword, setPasswordHashCost, verifyPassword } from './password.ts';
export { checkPassword } from './password-policy.ts';
export { issueSession, type Session } from './sessions.ts';
export { SessionSchema } from './schemas.ts';
// Extension point: tenancy provides the organisation side of a provider's sign-up.
export { organisationSignup, type OrganisationSignup } from './organisations.ts';
export { perVisitor, visitorKey, WEB_TIER_HEADER, CLIENT_HEADER } from './visitor.ts';
