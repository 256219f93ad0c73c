/* version.h - the release of parallax. */
#ifndef PARALLAX_VERSION_H
#define PARALLAX_VERSION_H

#define PARALLAX_VERSION "0.1.0"

#endif
