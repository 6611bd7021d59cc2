package mx.observa.understand;

import java.util.List;

import mx.observa.model.PersonalData;

/**
 * What one scan of a text found for its redaction: the personal data the detector reports, and the parts where the
 * text announces a person ({@link AnnouncedNames}), which the redaction's safety net removes whatever the detector
 * thinks of the words. Both come from the same scan, so a published text is read for announcements once.
 *
 * @param personalData offsets into the scanned text
 * @param announced    {@code [start, end)} pairs into the scanned text, unsorted
 */
public record Detection(List<PersonalData> personalData, List<int[]> announced) {
}
