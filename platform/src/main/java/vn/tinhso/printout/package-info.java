/**
 * Printed notices (phiếu, giấy tờ in): the legally prescribed one-stop forms — receipt slip, supplement request,
 * refusal, apology letter, result handover record — rendered as PDF from plain data records, in the edition of the
 * form in force on the notice's date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Printed notices")
package vn.tinhso.printout;
