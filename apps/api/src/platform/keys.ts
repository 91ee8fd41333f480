import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';

export interface SigningKeys {
  /** The key new tokens are signed with, and its id (`kid` header). */
  current: { kid: string; privatePem: string; publicPem: string };
  /** Public keys that still verify: the current one and any being rotated out, by kid. */
  verifying: Map<string, string>;
}

/** A key's id: the first 16 characters of the SHA-256 of its public key (stable across restarts). */
function keyId(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64url')
    .slice(0, 16);
}

function splitPems(text: string): string[] {
  return text.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g) ?? [];
}

/**
 * Ed25519 (EdDSA) signing keys. In production the private key comes from JWT_PRIVATE_KEY; elsewhere, when it is
 * absent, a key is generated at start-up (access tokens then do not survive a restart — the refresh token does).
 * To rotate: move the old public key to JWT_PREVIOUS_PUBLIC_KEYS, set a new private key, and drop the old public
 * key once the last access token signed with it has expired (ACCESS_TOKEN_MINUTES later).
 */
export function loadSigningKeys(
  privatePem: string | undefined,
  previousPublicPems: string | undefined,
): SigningKeys {
  const privateKey = privatePem ? createPrivateKey(privatePem) : generateKeyPairSync('ed25519').privateKey;
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('JWT_PRIVATE_KEY must be an Ed25519 key');
  const publicKey = createPublicKey(privateKey);
  const current = {
    kid: keyId(publicKey),
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
  const verifying = new Map([[current.kid, current.publicPem]]);
  for (const pem of splitPems(previousPublicPems ?? '')) {
    const key = createPublicKey(pem);
    verifying.set(keyId(key), key.export({ type: 'spki', format: 'pem' }).toString());
  }
  return { current, verifying };
}
