package vn.tinhso.catalog.io;

import org.springframework.http.HttpStatus;
import vn.tinhso.shared.Problem;

/** An import file that is not an Excel workbook, or is too large to read. Nothing was imported. */
class ImportFileRefused extends Problem {

    private ImportFileRefused(String code, HttpStatus status, Object... arguments) {
        super(code, status, arguments);
    }

    static ImportFileRefused notXlsx() {
        return new ImportFileRefused("import-not-xlsx", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    static ImportFileRefused tooLarge(long size, long limit) {
        return new ImportFileRefused("import-too-large", HttpStatus.CONTENT_TOO_LARGE, size, limit);
    }
}
