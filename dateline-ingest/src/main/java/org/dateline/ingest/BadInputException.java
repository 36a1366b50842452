package org.dateline.ingest;

/**
 * Thrown inside the package when an input's content gives no article; the message is the
 * {@link InputError#problem()} shown to the user. It never leaves {@link ArticleReader}.
 */
final class BadInputException extends Exception {

    BadInputException(String problem) {
        super(problem, null, false, false); // an expected outcome, not a bug: no stack trace needed
    }

    static BadInputException emptyFile() {
        return new BadInputException("empty file");
    }

    static BadInputException binaryFile() {
        return new BadInputException("binary file, not text");
    }

    static BadInputException undecodable(String charsetName, long byteOffset) {
        return new BadInputException("undecodable bytes: not valid " + charsetName + " at byte " + byteOffset);
    }

    static BadInputException tooLarge(long size, long limit) {
        return new BadInputException(ByteSize.overLimit(size, limit));
    }
}
