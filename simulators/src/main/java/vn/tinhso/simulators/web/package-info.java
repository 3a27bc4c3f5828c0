/** HTTP plumbing shared by the simulators: problem+json answers. */
package vn.tinhso.simulators.web;
