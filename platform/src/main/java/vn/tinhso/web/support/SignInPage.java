package vn.tinhso.web.support;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.tinhso.identity.PageSignIn;

/** Đăng nhập, and the page shown when a signed-in person opens a page their role does not allow. */
@Controller
class SignInPage {

    private final PageSignIn signIn;

    SignInPage(PageSignIn signIn) {
        this.signIn = signIn;
    }

    /** The header's "Đăng nhập" link: single sign-on, or straight to one's start page when already signed in. */
    @GetMapping(PageSecurity.LOGIN)
    String signIn(Authentication signedIn) {
        CurrentUser me = CurrentUser.of(signedIn);
        return "redirect:" + (me.signedIn() ? me.home() : signIn.loginUrl());
    }

    /** Any method: Spring Security forwards the refused request (a POST without its CSRF token, too) here. */
    @RequestMapping("/loi/khong-co-quyen")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model) {
        model.addAttribute("problemStatus", 403);
        model.addAttribute("forbidden", true);
        return "error";
    }
}
