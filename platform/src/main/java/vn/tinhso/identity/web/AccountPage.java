package vn.tinhso.identity.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.TreeSet;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;
import vn.tinhso.identity.AccessPolicy;
import vn.tinhso.identity.CurrentUser;

/**
 * {@code /account}: where single sign-on lands when nothing else was asked for — who the platform thinks you are,
 * your units and roles, how well your account is known and how you signed in. The web UI may replace it.
 */
@Controller
@Hidden
class AccountPage {

    private final AccessPolicy policy;

    AccountPage(AccessPolicy policy) {
        this.policy = policy;
    }

    @GetMapping(path = "/account", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String account(jakarta.servlet.http.HttpServletRequest request) {
        CurrentUser user = policy.currentUser();
        return LoginPages.page("Tài khoản / Account", """
                <dl id="account">
                  <dt>Tên đăng nhập / user</dt><dd id="username">%s</dd>
                  <dt>Họ tên / name</dt><dd id="name">%s</dd>
                  <dt>Vai trò / roles</dt><dd id="roles">%s</dd>
                  <dt>Đơn vị / units</dt><dd id="units">%s</dd>
                  <dt>Mức độ bảo đảm / assurance</dt><dd id="level">%s</dd>
                  <dt>Xác thực / signed in with</dt><dd id="methods">%s (%d yếu tố / factors)</dd>
                </dl>
                <form method="post" action="/account/logout">%s<button>Đăng xuất / Sign out</button></form>"""
                .formatted(escape(user.username()), escape(user.displayName()),
                        escape(String.join(" ", new TreeSet<>(user.roles().stream().map(Enum::name).toList()))),
                        escape(String.join(" ", new TreeSet<>(user.agencies()))), user.accountLevel().label(),
                        escape(String.join(" ", new TreeSet<>(user.authenticationMethods()))), user.factors(), LoginPages.csrf(request)));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
