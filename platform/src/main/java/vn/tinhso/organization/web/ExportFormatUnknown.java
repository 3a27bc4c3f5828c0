package vn.tinhso.organization.web;

import vn.tinhso.shared.InvalidInput;

/** An export was asked for in a format other than {@code csv} or {@code json}. */
class ExportFormatUnknown extends InvalidInput {

    ExportFormatUnknown(String format) {
        super("export-format-unknown", format);
    }
}
