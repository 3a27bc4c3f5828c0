/** Administration: procedure catalogue editor, organisation and staff, calendar overrides, BPMN processes. */
package vn.tinhso.web.admin;
