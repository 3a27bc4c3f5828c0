package vn.tinhso.web.support;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Đăng nhập, and the page shown when a signed-in person opens a page their role does not allow. */
@Controller
class SignInPage {

    @GetMapping(PageSecurity.LOGIN)
    String signIn() {
        return "login";
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
