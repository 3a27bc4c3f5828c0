package vn.tinhso.printout.pdf;

enum Align {
    LEFT, CENTRE, RIGHT
}
