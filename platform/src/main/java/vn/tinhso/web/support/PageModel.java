package vn.tinhso.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: who is signed in and the current address (for the language toggle). */
@ControllerAdvice(basePackages = "vn.tinhso.web")
class PageModel {

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUser.now();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
