/**
 * Workflow (quy trình xử lý hồ sơ): turns a procedure's processing steps into a BPMN process, starts it when a dossier
 * is received, and lets officers of each unit claim and complete their steps until the result is ready.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package vn.tinhso.workflow;
