#!/usr/bin/env bash
# Finds out, from the binary that holds the ExecuTorch runtime's code, how that runtime was configured
# where it matters to scenarios, and prints it as properties for build-info.properties. Nothing is taken
# from what a build declares about itself: each finding is what the binary holds.
#
#   config.logging        on / off: ET_LOG compiled in or out. A logging build holds the format string of
#                         the error program.cpp logs for an unknown method name; ET_LOG_ENABLED=0 expands
#                         ET_LOG to nothing, so the string is absent.
#   config.verification   on / off / unknown: program verification (ET_ENABLE_PROGRAM_VERIFICATION)
#                         compiled in or out. On: the binary holds the program schema's flatbuffer verifier
#                         (executorch_flatbuffer::Program::Verify) or the message of a failed verification;
#                         off: it holds the runtime's message for the fallback to Minimal verification.
#                         With logging compiled out and the symbols stripped neither shows: unknown.
#   config.*.finding      what was searched, and where.
#
# Usage: probe-build-config.sh <binary holding the runtime>
set -euo pipefail
binary="$1"
holds() { grep -q -a -F -- "$1" "$binary"; }
name="$(basename "$binary")"

readonly LOG_FORMAT="No method named '%s' in program"
if holds "$LOG_FORMAT"; then
  echo "config.logging=on"
  echo "config.logging.finding=$name holds the log format \"$LOG_FORMAT\""
else
  echo "config.logging=off"
  echo "config.logging.finding=$name does not hold the log format \"$LOG_FORMAT\" (ET_LOG compiled out)"
fi

readonly VERIFIER="_ZNK21executorch_flatbuffer7Program6VerifyERN11flatbuffers8VerifierE"
readonly VERIFY_FAILED="Verification failed; data may be truncated or corrupt"
readonly FALLBACK="InternalConsistency verification requested but not available"
if holds "$VERIFIER" || holds "$VERIFY_FAILED"; then
  echo "config.verification=on"
  echo "config.verification.finding=$name holds the program verifier (executorch_flatbuffer::Program::Verify or \"$VERIFY_FAILED\")"
elif holds "$FALLBACK"; then
  echo "config.verification=off"
  echo "config.verification.finding=$name holds the runtime's fallback message \"$FALLBACK\""
else
  echo "config.verification=unknown"
  echo "config.verification.finding=$name holds neither the program verifier nor the fallback message (logging compiled out and symbols stripped?)"
fi
