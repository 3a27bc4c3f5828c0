package vn.tinhso.files.web;

import vn.tinhso.shared.InvalidInput;

/** The multipart/form-data body breaks RFC 7578 or was cut short. */
class MultipartMalformed extends InvalidInput {

    MultipartMalformed() {
        super("multipart-malformed");
    }
}
