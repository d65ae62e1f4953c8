package com.actiontracker.query;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shared secret of {@code tracker.http.token}: a program presents it as {@code Authorization: Bearer <token>}; a
 * browser, which cannot add that header to a link or a form, types it once into the login form and then presents a
 * session cookie derived from it. The cookie is an HMAC of the token, not the token: what a browser keeps cannot be
 * typed in elsewhere, and changing the token ends every session. Comparisons take the same time whatever the guess
 * (MessageDigest.isEqual). The token is never put in a URL, a log or {@link #toString}.
 */
public final class AccessToken {

    /** Shorter secrets are refused: the token is all that stands between the network and the ledger. */
    public static final int MIN_LENGTH = 16;

    static final String COOKIE = "tracker-session";

    private final byte[] token;
    private final byte[] session;

    private AccessToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.session = HexFormat.of().formatHex(hmac(this.token)).getBytes(StandardCharsets.US_ASCII);
    }

    /** The configured token; empty when none is set (blank), which leaves the page and the API open. */
    public static Optional<AccessToken> of(String configured) {
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        if (configured.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException("tracker.http.token must be at least " + MIN_LENGTH
                    + " characters (for example the output of `openssl rand -hex 32`)");
        }
        return Optional.of(new AccessToken(configured.strip()));
    }

    /** Whether an {@code Authorization} header value carries this token. */
    boolean admitsAuthorization(String header) {
        return header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && matches(header.substring(7).strip());
    }

    /** Whether a session cookie's value is the one {@link #sessionCookie} gave. */
    boolean admitsSession(String cookie) {
        return cookie != null && MessageDigest.isEqual(session, cookie.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a typed token is this one. */
    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    /** The header a request to another instance carries. */
    String authorization() {
        return "Bearer " + new String(token, StandardCharsets.UTF_8);
    }

    /**
     * The Set-Cookie value after a right login: sent back on every same-site request (SameSite=Strict, so a link or a
     * form on another site does not carry it), hidden from the page's scripts (HttpOnly), and only ever sent back over
     * HTTPS when the login came over HTTPS ({@code Secure}).
     */
    String sessionCookie(boolean secure) {
        return COOKIE + "=" + new String(session, StandardCharsets.US_ASCII) + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    private static byte[] hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal("action tracker page session".getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "AccessToken[hidden]";
    }
}
