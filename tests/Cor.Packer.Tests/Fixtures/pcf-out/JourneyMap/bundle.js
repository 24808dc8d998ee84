/* fixture bundle */ var JourneyMap = {};
