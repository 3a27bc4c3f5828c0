package vn.tinhso.simulators.population;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.ws.server.endpoint.annotation.Endpoint;
import org.springframework.ws.server.endpoint.annotation.PayloadRoot;
import org.springframework.ws.server.endpoint.annotation.RequestPayload;
import org.springframework.ws.server.endpoint.annotation.ResponsePayload;
import org.springframework.ws.soap.server.endpoint.annotation.FaultCode;
import org.springframework.ws.soap.server.endpoint.annotation.SoapFault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.tinhso.simulators.data.Citizen;
import vn.tinhso.simulators.data.PersonalIdNumber;
import vn.tinhso.simulators.data.Population;

/**
 * SOAP face of the population database (document/literal, {@code population.wsdl}), with plain DOM payloads: the
 * messages are small and a JAXB binding would be one more moving part.
 */
@Endpoint
public class PopulationSoapEndpoint {

    static final String NS = "http://tinhso.vn/simulators/population/v1";

    private final Population population;

    PopulationSoapEndpoint(Population population) {
        this.population = population;
    }

    @PayloadRoot(namespace = NS, localPart = "CitizenLookupRequest")
    @ResponsePayload
    public Element lookup(@RequestPayload Element request) throws ParserConfigurationException {
        String id = wellFormedId(request);
        Citizen c = population.find(id).orElseThrow(() -> new CitizenNotFound(id));
        Document doc = newDocument();
        Element response = doc.createElementNS(NS, "CitizenLookupResponse");
        Element citizen = child(response, "Citizen", null);
        child(citizen, "PersonalId", c.personalId());
        child(citizen, "FullName", c.fullName());
        child(citizen, "DateOfBirth", c.dateOfBirth().toString());
        child(citizen, "Sex", c.sex().vietnamese());
        child(citizen, "Ethnicity", c.ethnicity());
        child(citizen, "Nationality", c.nationality());
        child(citizen, "PlaceOfBirth", c.placeOfBirth());
        child(citizen, "HomeTown", c.homeTown());
        Element residence = child(citizen, "PermanentResidence", null);
        child(residence, "Line", c.permanentResidence().line());
        child(residence, "Commune", c.permanentResidence().commune());
        child(residence, "Province", c.permanentResidence().province());
        child(citizen, "FatherName", c.fatherName());
        child(citizen, "MotherName", c.motherName());
        return response;
    }

    @PayloadRoot(namespace = NS, localPart = "CitizenVerifyRequest")
    @ResponsePayload
    public Element verify(@RequestPayload Element request) throws ParserConfigurationException {
        String id = wellFormedId(request);
        LocalDate birth;
        try {
            String text = text(request, "DateOfBirth");
            birth = text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidSoapRequest("DateOfBirth phải có dạng yyyy-MM-dd");
        }
        Verification v = Verification.of(id, population.find(id), text(request, "FullName"), birth);
        Element response = newDocument().createElementNS(NS, "CitizenVerifyResponse");
        child(response, "Found", String.valueOf(v.found()));
        child(response, "Match", String.valueOf(v.match()));
        v.mismatches().forEach(m -> child(response, "Mismatch", m));
        return response;
    }

    private static String wellFormedId(Element request) {
        String id = text(request, "PersonalId");
        if (!PersonalIdNumber.isWellFormed(id)) {
            throw new InvalidSoapRequest("Số định danh cá nhân phải có 12 chữ số (PersonalId must have 12 digits)");
        }
        return id;
    }

    private static String text(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }

    private static Element child(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElementNS(NS, name);
        if (text != null) {
            e.setTextContent(text);
        }
        parent.appendChild(e);
        return e;
    }

    private static Document newDocument() throws ParserConfigurationException {
        return DocumentBuilderFactory.newNSInstance().newDocumentBuilder().newDocument();
    }

    /** No citizen has this ID: a client fault, as the caller sent an ID the database does not hold. */
    @SoapFault(faultCode = FaultCode.CLIENT)
    static class CitizenNotFound extends RuntimeException {
        CitizenNotFound(String id) {
            super("Không tìm thấy công dân có số định danh " + id);
        }
    }

    /** The request breaks the schema's rules. */
    @SoapFault(faultCode = FaultCode.CLIENT)
    static class InvalidSoapRequest extends RuntimeException {
        InvalidSoapRequest(String message) {
            super(message);
        }
    }
}
