package vn.tinhso.dossier;

import vn.tinhso.shared.InvalidInput;

/** A comment must say something, within a length a person reads. */
public class CommentInvalid extends InvalidInput {

    public CommentInvalid(String code, int maxLength) {
        super("dossier-comment-invalid", code, maxLength);
    }
}
