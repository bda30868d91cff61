// The size an ExecuTorch file's own header says the file has, read with plain file I/O (never with
// the runtime), so that a program or data file cut short is reported as truncated, with both sizes,
// instead of as whichever error the runtime's loader happened to meet first.
//
// Layouts (little-endian), both after a 4-byte flatbuffer root offset and a 4-byte file identifier:
//   program (.pte): "eh00", u32 header length, u64 program size, u64 segment base offset,
//                   u64 segment data size (when the header is long enough to hold it)
//   data (.ptd):    "FH01", u32 header length, u64 flatbuffer offset, u64 flatbuffer size,
//                   u64 segment base offset, u64 segment data size
// A file without such a header (a program without segments) declares no size: nothing is said.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <sys/stat.h>

namespace etcts::jni {

namespace file_header_detail {

inline uint64_t le(const unsigned char* bytes, size_t width) {
  uint64_t value = 0;
  for (size_t i = 0; i < width; ++i) {
    value |= static_cast<uint64_t>(bytes[i]) << (8 * i);
  }
  return value;
}

// The end of a region, or 0 when offset + size overflows (a corrupted header is not a truncation).
inline uint64_t region_end(uint64_t offset, uint64_t size) {
  return offset + size < offset ? 0 : offset + size;
}

}  // namespace file_header_detail

// "<path> is truncated: its header says N bytes, the file has M" when the file is shorter than its
// header declares; empty when it is not, has no such header, or cannot be read.
inline std::string truncation_note(const std::string& path) {
  using file_header_detail::le;
  using file_header_detail::region_end;
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
    return "";
  }
  unsigned char header[48] = {};
  std::ifstream in(path, std::ios::binary);
  in.read(reinterpret_cast<char*>(header), sizeof(header));
  const auto got = static_cast<size_t>(in.gcount());
  if (got < 24) {
    return "";
  }
  const uint64_t header_length = le(header + 12, 4);
  uint64_t declared = 0;
  if (std::memcmp(header + 8, "eh00", 4) == 0) {
    declared = le(header + 16, 8);  // program size
    if (header_length >= 32 && got >= 40) {
      declared = std::max(declared, region_end(le(header + 24, 8), le(header + 32, 8)));
    }
  } else if (std::memcmp(header + 8, "FH01", 4) == 0 && header_length >= 40 && got >= 48) {
    declared = std::max(region_end(le(header + 16, 8), le(header + 24, 8)),
                        region_end(le(header + 32, 8), le(header + 40, 8)));
  }
  const auto actual = static_cast<uint64_t>(info.st_size);
  if (declared <= actual) {
    return "";
  }
  return path + " is truncated: its header says " + std::to_string(declared) + " bytes, the file has " +
         std::to_string(actual);
}

}  // namespace etcts::jni
