/** The officer workbench: counter intake, inbox, the dossier page with its actions, the unit dashboard. */
package vn.tinhso.web.workbench;
