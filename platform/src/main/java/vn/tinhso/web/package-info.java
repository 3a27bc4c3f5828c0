/**
 * The pages people use (giao diện người dùng): the citizen portal (Cổng dịch vụ công), the officer workbench (một cửa
 * điện tử) and the administration pages, server-rendered with Thymeleaf and htmx. They call other modules only
 * through their root APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web pages")
package vn.tinhso.web;
