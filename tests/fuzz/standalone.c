/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Replay driver: runs every file of the given directories (or the given
 * files) through a libFuzzer harness, so the seed corpus is a regression
 * suite in every build, gcc included (, nanopb's fuzztest).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <dirent.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf;
	long len;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0) {
		fprintf(stderr, "cannot read %s\n", path);
		if (f != NULL) {
			fclose(f);
		}
		return 1;
	}
	/* Exactly the file's size, so a read past the end is caught. */
	buf = malloc(len > 0 ? (size_t)len : 1u);
	if (buf == NULL || fread(buf, 1, (size_t)len, f) != (size_t)len) {
		fprintf(stderr, "cannot read %s\n", path);
		free(buf);
		fclose(f);
		return 1;
	}
	fclose(f);
	(void)LLVMFuzzerTestOneInput(buf, (size_t)len);
	free(buf);
	return 0;
}

int main(int argc, char **argv)
{
	unsigned int count = 0;
	int failures = 0;
	int i;

	for (i = 1; i < argc; i++) {
		struct stat st;
		DIR *dir;
		struct dirent *ent;

		if (stat(argv[i], &st) != 0) {
			fprintf(stderr, "missing %s\n", argv[i]);
			return 1;
		}
		if (!S_ISDIR(st.st_mode)) {
			failures += run_file(argv[i]);
			count++;
			continue;
		}
		dir = opendir(argv[i]);
		if (dir == NULL) {
			return 1;
		}
		while ((ent = readdir(dir)) != NULL) {
			char path[4096];

			if (ent->d_name[0] == '.') {
				continue;
			}
			snprintf(path, sizeof(path), "%s/%s", argv[i],
				 ent->d_name);
			failures += run_file(path);
			count++;
		}
		closedir(dir);
	}
	if (count == 0) {
		fprintf(stderr, "no corpus files\n");
		return 1;
	}
	printf("replayed %u inputs\n", count);
	return failures != 0;
}
