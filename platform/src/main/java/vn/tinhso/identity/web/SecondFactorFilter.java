package vn.tinhso.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tinhso.identity.jdbc.Accounts;
import vn.tinhso.identity.mfa.SecondFactors;
import vn.tinhso.identity.policy.CurrentUsers;
import vn.tinhso.shared.ProblemResponses;

/**
 * A second factor for API clients that sign in with HTTP Basic: the header {@value #HEADER} carries the current code
 * of the account's authenticator app (or a code sent by e-mail/SMS). A right code adds its method to this request's
 * authentication — two factors, for the one call that needs them (pay, download a result). A wrong code is refused
 * with 401 and audited, and never cached.
 */
final class SecondFactorFilter extends OncePerRequestFilter {

    static final String HEADER = "X-TinhSo-OTP";

    private final SecondFactors factors;
    private final Accounts accounts;
    private final ProblemResponses problems;

    SecondFactorFilter(SecondFactors factors, Accounts accounts, ProblemResponses problems) {
        this.factors = factors;
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String code = request.getHeader(HEADER);
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (code == null || !(current instanceof UsernamePasswordAuthenticationToken) || !current.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> method = factors.verify(current.getName(), code);
        if (method.isEmpty()) {
            accounts.recordRefusedLogin(current.getName(), "second-factor-invalid");
            SecurityContextHolder.clearContext();
            problems.write("second-factor-invalid", HttpStatus.UNAUTHORIZED, request, response);
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(CurrentUsers.AMR + method.get()));
        UsernamePasswordAuthenticationToken stepped = UsernamePasswordAuthenticationToken.authenticated(
                current.getPrincipal(), null, authorities);
        stepped.setDetails(current.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(stepped);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
