package dev.ferry.lab.docker;

/**
 * A container lab step failed (image, network, container, set-up, daemons, capture); the message says which
 * and why.
 */
public final class DockerLabException extends RuntimeException {

    public DockerLabException(String message) {
        super(message);
    }

    public DockerLabException(String message, Throwable cause) {
        super(message, cause);
    }
}
