import * as client from 'openid-client';
import type { Config } from '../../platform/config.js';
import { AppError } from '../../platform/errors.js';

/**
 * Production sign-in (HelseID for health personnel, Entra ID for NAV staff, ID-porten for
 * citizens): authorisation code flow with PKCE. The identity provider's subject must be known
 * in app_user; the role claim must match the user's role, so a token cannot raise privileges.
 */
export interface OidcLoginState {
  verifier: string;
  state: string;
}

export class OidcSignIn {
  private configuration: Promise<client.Configuration> | undefined;
  constructor(
    private readonly settings: NonNullable<Config['oidc']>,
    private readonly redirectUri: string,
  ) {}

  private discover(): Promise<client.Configuration> {
    const issuer = new URL(this.settings.issuer);
    // Plain HTTP only for an identity provider on this machine (development and tests).
    const loopback = issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
    this.configuration ??= client
      .discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, loopback ? { execute: [client.allowInsecureRequests] } : undefined)
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  async start(): Promise<{ url: string; login: OidcLoginState }> {
    const config = await this.discover();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: this.settings.scope,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
    });
    return { url: url.href, login: { verifier, state } };
  }

  /** Returns the subject and the role claim of the signed-in identity. */
  async finish(callbackUrl: URL, login: OidcLoginState): Promise<{ subject: string; role: string | undefined }> {
    const config = await this.discover();
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: login.verifier,
        expectedState: login.state,
      });
      const claims = tokens.claims();
      if (!claims) throw new AppError('OIDC_FAILED');
      const role = claims[this.settings.roleClaim];
      return { subject: claims.sub, role: typeof role === 'string' ? role : undefined };
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('OIDC_FAILED');
    }
  }
}
