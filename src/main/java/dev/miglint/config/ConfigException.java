package dev.miglint.config;

/** A configuration file that cannot be used: the message names the file, line and key. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
