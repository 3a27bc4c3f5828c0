package vn.tinhso.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;
import io.swagger.v3.oas.annotations.Hidden;
import vn.tinhso.identity.jdbc.AccountRecord;
import vn.tinhso.identity.jdbc.Accounts;
import vn.tinhso.identity.mfa.SecondFactorRejected;
import vn.tinhso.identity.mfa.SecondFactors;
import vn.tinhso.identity.policy.CurrentUsers;

/**
 * Sign-in pages of the embedded OpenID provider: the password, then — for an account with an authenticator app,
 * or when the person asks for it — a second factor. Only then is the session signed in, and the provider's
 * authorization request resumes. Plain HTML, Vietnamese first; the web UI may restyle it.
 */
@org.springframework.stereotype.Controller
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Hidden
public class LoginPages {

    /** The sign-in page the embedded provider sends browsers to. */
    public static final String LOGIN = "/idp/login";
    static final String SECOND_FACTOR = "/idp/second-factor";
    private static final String PENDING = LoginPages.class.getName() + ".pending";
    private static final int MAX_CODE_GUESSES = 5;

    private final AuthenticationManager interactive;
    private final SecondFactors factors;
    private final Accounts accounts;
    /** The demo accounts, said on the page when the demo data is on; empty otherwise. */
    private final String demo;
    private final HttpSessionRequestCache saved = new HttpSessionRequestCache();
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LoginPages(InteractiveLogin interactive, SecondFactors factors, Accounts accounts,
            @org.springframework.beans.factory.annotation.Value("${tinhso.demo.enabled:false}") boolean demo) {
        this.demo = demo ? "Bản demo: congdan, motcua, danhmuc, quantri — mật khẩu " + DemoAccounts.PASSWORD + "." : "";
        this.interactive = interactive.manager();
        this.factors = factors;
        this.accounts = accounts;
    }

    @GetMapping(path = LOGIN, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String loginForm(HttpServletRequest request, @RequestParam(required = false) String error) {
        String message = error == null ? "" : "<p class=\"alert\" role=\"alert\">" + ("locked".equals(error)
                ? "Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau. / Account locked for a while."
                : "Tên đăng nhập hoặc mật khẩu không đúng. / Wrong user name or password.") + "</p>";
        String hint = demo.isEmpty() ? "" : "<p class=\"hint\">" + HtmlUtils.htmlEscape(demo) + "</p>";
        return page("Đăng nhập / Sign in", message + """
                <form method="post" action="%s" class="card">
                  <label for="username">Tên đăng nhập / User name</label>
                  <input id="username" name="username" autocomplete="username" required autofocus>
                  <label for="password">Mật khẩu / Password</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <p><input type="checkbox" id="twoFactor" name="twoFactor" value="true"><label class="inline" for="twoFactor">Xác thực hai yếu tố (mã qua SMS/e-mail) / two-factor sign-in</label></p>
                  %s
                  <div class="actions"><button type="submit">Đăng nhập / Sign in</button></div>
                  %s
                </form>""".formatted(LOGIN, csrf(request), hint));
    }

    @PostMapping(path = LOGIN)
    void login(HttpServletRequest request, HttpServletResponse response, @RequestParam String username,
            @RequestParam String password, @RequestParam(defaultValue = "false") boolean twoFactor)
            throws java.io.IOException {
        Authentication authenticated;
        try {
            authenticated = interactive.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } catch (org.springframework.security.authentication.LockedException locked) {
            response.sendRedirect(LOGIN + "?error=locked");
            return;
        } catch (AuthenticationException wrong) {
            response.sendRedirect(LOGIN + "?error=credentials");
            return;
        }
        String name = authenticated.getName();
        Pending pending = new Pending(name, names(authenticated), 0);
        if (factors.hasTotp(name)) {
            request.getSession().setAttribute(PENDING, pending);
            response.sendRedirect(SECOND_FACTOR);
        } else if (twoFactor) {
            request.getSession().setAttribute(PENDING, pending);
            response.sendRedirect(SECOND_FACTOR + "?sent=" + sendCode(name).orElse("none"));
        } else {
            complete(request, response, pending, List.of("pwd"));
        }
    }

    @GetMapping(path = SECOND_FACTOR, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String secondFactorForm(HttpServletRequest request, @RequestParam(required = false) String sent,
            @RequestParam(required = false) String error) {
        String note = sent == null ? "Nhập mã từ ứng dụng xác thực. / Enter the code from your authenticator app."
                : "none".equals(sent) ? "Tài khoản chưa có số điện thoại hay e-mail để nhận mã. / No phone or e-mail."
                : "Đã gửi mã tới " + HtmlUtils.htmlEscape(sent) + ". / A code was sent to " + HtmlUtils.htmlEscape(sent);
        String wrong = error == null ? "" : "<p class=\"alert\" role=\"alert\">Mã không đúng. / Wrong code.</p>";
        return page("Xác thực yếu tố thứ hai / Second factor", "<p>" + note + "</p>" + wrong + """
                <form method="post" action="%1$s">
                  <label for="code">Mã / Code</label><input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required>
                  %2$s
                  <button type="submit">Xác nhận / Confirm</button>
                </form>
                <form method="post" action="%1$s"><input type="hidden" name="send" value="true">%2$s
                  <button type="submit">Gửi mã qua SMS/e-mail / Send me a code</button></form>"""
                .formatted(SECOND_FACTOR, csrf(request)));
    }

    @PostMapping(path = SECOND_FACTOR)
    void secondFactor(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) String code, @RequestParam(defaultValue = "false") boolean send)
            throws java.io.IOException {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (pending == null) {
            response.sendRedirect(LOGIN);
            return;
        }
        if (send) {
            response.sendRedirect(SECOND_FACTOR + "?sent=" + sendCode(pending.username()).orElse("none"));
            return;
        }
        Optional<String> method = factors.verify(pending.username(), code);
        if (method.isEmpty()) {
            accounts.recordRefusedLogin(pending.username(), "second-factor-invalid");
            if (pending.guesses() + 1 >= MAX_CODE_GUESSES) {
                session.removeAttribute(PENDING);
                response.sendRedirect(LOGIN + "?error=credentials");
            } else {
                session.setAttribute(PENDING, pending.guessed());
                response.sendRedirect(SECOND_FACTOR + "?error=code");
            }
            return;
        }
        session.removeAttribute(PENDING);
        complete(request, response, pending, List.of("pwd", method.get()));
    }

    private Optional<String> sendCode(String username) {
        AccountRecord account = accounts.find(username).orElseThrow();
        try {
            if (account.phone() != null) {
                return Optional.of(factors.sendCode(username, SecondFactors.Channel.SMS));
            }
            if (account.email() != null) {
                return Optional.of(factors.sendCode(username, SecondFactors.Channel.EMAIL));
            }
        } catch (SecondFactorRejected nowhere) {
            // Falls through: the page says there is nowhere to send a code.
        }
        return Optional.empty();
    }

    /** Signs the session in with the methods used, on a new session id, and resumes what the person asked for. */
    private void complete(HttpServletRequest request, HttpServletResponse response, Pending pending,
            List<String> methods) throws java.io.IOException {
        List<GrantedAuthority> authorities = new ArrayList<>();
        pending.authorities().forEach(name -> authorities.add(new SimpleGrantedAuthority(name)));
        methods.forEach(method -> authorities.add(new SimpleGrantedAuthority(CurrentUsers.AMR + method)));
        // The factors Spring Security itself knows, with when they were given: the provider's auth_time.
        java.time.Instant now = java.time.Instant.now();
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(now)
                .build());
        if (methods.size() > 1) {
            authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.OTT_AUTHORITY).issuedAt(now)
                    .build());
        }
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(pending.username(), null,
                authorities);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        accounts.recordLogin(pending.username(), "embedded-provider", methods);
        SavedRequest resume = saved.getRequest(request, response);
        response.sendRedirect(resume != null ? resume.getRedirectUrl() : "/account");
    }

    private static List<String> names(Authentication authentication) {
        // Roles only: the password factor is recorded as AMR_pwd by complete().
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(name -> name != null && name.startsWith("ROLE_")).toList();
    }

    static String csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? "" : "<input type=\"hidden\" name=\"%s\" value=\"%s\">"
                .formatted(HtmlUtils.htmlEscape(token.getParameterName()), HtmlUtils.htmlEscape(token.getToken()));
    }

    /**
     * A page of the provider in the platform's look (its style sheet, header and landmarks), without depending on
     * the web UI: a province that puts Keycloak in front never shows these pages at all.
     */
    static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s — Tỉnh Số</title>
                <link rel="stylesheet" href="/css/tinhso.css"></head>
                <body>
                <header class="site"><a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
                <div class="bar"><a class="brand" href="/">Cổng dịch vụ công Tỉnh Số</a></div></header>
                <main id="noi-dung"><h1>%1$s</h1>%2$s</main>
                </body></html>""".formatted(title, body);
    }

    /** A person who gave the right password and still owes a second factor. */
    record Pending(String username, List<String> authorities, int guesses) implements Serializable {

        Pending guessed() {
            return new Pending(username, authorities, guesses + 1);
        }
    }
}
