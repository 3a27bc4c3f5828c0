/**
 * The national population database (CSDLQG về dân cư): look up and verify a citizen by personal ID number, as REST
 * at {@code /population/v1/citizens} and as SOAP at {@code /population/v1/soap} with its WSDL.
 */
package vn.tinhso.simulators.population;
